using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Catalog;

namespace Warehouse.Data.Configurations;

internal sealed class DepotConfiguration : IEntityTypeConfiguration<Depot>
{
    public void Configure(EntityTypeBuilder<Depot> builder)
    {
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(d => d.Code).HasMaxLength(30);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.Property(d => d.Address).HasMaxLength(200);
        builder.Property(d => d.Contact).HasMaxLength(50);
        builder.Property(d => d.Phone).HasMaxLength(30);
        builder.Ignore(d => d.Position);
    }
}
