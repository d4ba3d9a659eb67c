using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Configurations;

internal sealed class RequestClientKeyConfiguration : IEntityTypeConfiguration<RequestClientKey>
{
    public void Configure(EntityTypeBuilder<RequestClientKey> builder)
    {
        builder.Property(k => k.ClientScope).HasMaxLength(ClientScopes.MaxLength);
        builder.Property(k => k.ClientId).HasMaxLength(64);
        builder.Property(k => k.Fingerprint).HasMaxLength(64);
        // The unique key is what makes two racing posts of one client id raise one request.
        builder.HasIndex(k => new { k.ClientScope, k.ClientId }).IsUnique();
        builder.HasOne<AllocationRequest>().WithMany().HasForeignKey(k => k.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
