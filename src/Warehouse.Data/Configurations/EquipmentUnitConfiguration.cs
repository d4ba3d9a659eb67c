using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Stock;
using Warehouse.Domain.Catalog;

namespace Warehouse.Data.Configurations;

internal sealed class EquipmentUnitConfiguration : IEntityTypeConfiguration<EquipmentUnit>
{
    public void Configure(EntityTypeBuilder<EquipmentUnit> builder)
    {
        builder.Property(u => u.AssetNumber).HasMaxLength(30);
        builder.HasIndex(u => u.AssetNumber).IsUnique();
        builder.Property(u => u.SerialNumber).HasMaxLength(StockRules.MaxSerialLength);
        builder.HasIndex(u => new { u.ItemId, u.SerialNumber }).IsUnique();
        builder.HasIndex(u => u.SerialNumber);
        builder.HasOne(u => u.Item).WithMany().HasForeignKey(u => u.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Depot>().WithMany().HasForeignKey(u => u.DepotId).OnDelete(DeleteBehavior.Restrict);
    }
}
