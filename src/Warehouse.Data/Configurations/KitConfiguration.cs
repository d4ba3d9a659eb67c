using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Kits;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Configurations;

internal sealed class KitConfiguration : IEntityTypeConfiguration<Kit>
{
    public void Configure(EntityTypeBuilder<Kit> builder)
    {
        builder.ToTable("Kits");
        builder.Property(k => k.Number).HasMaxLength(30);
        builder.HasIndex(k => k.Number).IsUnique();
        builder.Property(k => k.PackedBy).HasMaxLength(100);
        builder.Property(k => k.UnpackedBy).HasMaxLength(100);
        builder.Property(k => k.Version).IsConcurrencyToken();
        builder.HasIndex(k => new { k.DepotId, k.State });
        builder.HasIndex(k => k.DispatchId);
        builder.HasOne(k => k.Definition).WithMany().HasForeignKey(k => k.DefinitionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Depot>().WithMany().HasForeignKey(k => k.DepotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Dispatch>().WithMany().HasForeignKey(k => k.DispatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(k => k.Components).WithOne().HasForeignKey(c => c.KitId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(k => k.Components).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(k => k.Code);
        builder.Ignore(k => k.Holds);
        builder.Ignore(k => k.Expiry);
    }
}

internal sealed class KitComponentConfiguration : IEntityTypeConfiguration<KitComponent>
{
    public void Configure(EntityTypeBuilder<KitComponent> builder)
    {
        builder.ToTable("KitComponents");
        // One unit sits in one kit at a time: two keepers packing it at once cannot both win.
        builder.HasIndex(c => c.HeldUnitId).IsUnique();
        builder.HasIndex(c => c.BalanceId);
        builder.HasOne<Item>().WithMany().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StockBalance>().WithMany().HasForeignKey(c => c.BalanceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Batch>().WithMany().HasForeignKey(c => c.BatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EquipmentUnit>().WithMany().HasForeignKey(c => c.EquipmentUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
