using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Catalog;

namespace Warehouse.Data.Configurations;

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(l => l.Code).HasMaxLength(30);
        builder.HasIndex(l => l.Code).IsUnique();
        builder.Property(l => l.Bin).HasMaxLength(30);
        builder.HasIndex(l => new { l.DepotId, l.Bin }).IsUnique();
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.HasOne(l => l.Depot).WithMany().HasForeignKey(l => l.DepotId).OnDelete(DeleteBehavior.Restrict);
    }
}
