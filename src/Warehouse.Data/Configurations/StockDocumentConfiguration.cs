using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Configurations;

internal sealed class StockDocumentConfiguration : IEntityTypeConfiguration<StockDocument>
{
    public void Configure(EntityTypeBuilder<StockDocument> builder)
    {
        builder.Property(d => d.Number).HasMaxLength(30);
        builder.HasIndex(d => d.Number).IsUnique();
        builder.Property(d => d.ClientId).HasMaxLength(64);
        builder.Property(d => d.ClientScope).HasMaxLength(ClientScopes.MaxLength);
        builder.Property(d => d.RequestFingerprint).HasMaxLength(64);
        builder.HasIndex(d => new { d.ClientScope, d.ClientId }).IsUnique();
        builder.Property(d => d.UserName).HasMaxLength(100);
        builder.Property(d => d.Note).HasMaxLength(StockRules.MaxNoteLength);
        builder.HasIndex(d => new { d.DepotId, d.PostedAt });
        builder.HasOne<Depot>().WithMany().HasForeignKey(d => d.DepotId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(d => d.Movements).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
