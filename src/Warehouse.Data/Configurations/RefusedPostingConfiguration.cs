using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Configurations;

internal sealed class RefusedPostingConfiguration : IEntityTypeConfiguration<RefusedPosting>
{
    public void Configure(EntityTypeBuilder<RefusedPosting> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ClientScope).HasMaxLength(ClientScopes.MaxLength);
        builder.Property(r => r.ClientId).HasMaxLength(64);
        // A device that sends the same refused posting again (its answer was lost) finds it recorded once.
        builder.HasIndex(r => new { r.ClientScope, r.ClientId }).IsUnique();
        builder.Property(r => r.UserName).HasMaxLength(256);
        builder.Property(r => r.ErrorCode).HasMaxLength(60);
        builder.Property(r => r.Detail).HasMaxLength(RefusedPosting.MaxDetailLength);
        builder.Property(r => r.Payload).HasMaxLength(RefusedPosting.MaxPayloadLength);
        builder.Property(r => r.ResolvedBy).HasMaxLength(256);
        builder.Property(r => r.ResolutionNote).HasMaxLength(StockRules.MaxNoteLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.DepotId, r.ResolvedAt });
        builder.HasOne<Depot>().WithMany().HasForeignKey(r => r.DepotId).OnDelete(DeleteBehavior.Restrict);
    }
}
