using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Catalog;

namespace Warehouse.Data.Configurations;

internal sealed class ItemConfiguration : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> builder)
    {
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(i => i.Code).HasMaxLength(30);
        builder.HasIndex(i => i.Code).IsUnique();
        builder.Property(i => i.Name).HasMaxLength(100);
        builder.HasIndex(i => i.Name);
        builder.Property(i => i.Specification).HasMaxLength(200);
        builder.Property(i => i.Unit).HasMaxLength(10);
        builder.Property(i => i.Gtin).HasMaxLength(14);
        builder.HasIndex(i => i.Gtin).IsUnique();
        builder.HasIndex(i => i.Class);
        builder.HasOne(i => i.Department).WithMany().HasForeignKey(i => i.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        builder.Ignore(i => i.Label);
    }
}
