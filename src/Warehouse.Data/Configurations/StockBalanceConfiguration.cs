using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Data.Migrations.Sql;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Configurations;

internal sealed class StockBalanceConfiguration : IEntityTypeConfiguration<StockBalance>
{
    public void Configure(EntityTypeBuilder<StockBalance> builder)
    {
        builder.Property(b => b.Key).HasMaxLength(80);
        builder.HasIndex(b => b.Key).IsUnique();
        // With the quantity in it, what a depot holds of an item (a new quota's held figure, a stock row's total) is summed
        // from the index alone.
        builder.HasIndex(b => new { b.DepotId, b.ItemId, b.OnHand });
        // Each change moves the held figure of the depot's quota for the item (Migrations/Sql/QuotaHeldSql).
        builder.ToTable(t => t.HasTrigger(QuotaHeldTriggers.OnBalances));
        builder.HasIndex(b => new { b.ItemId, b.DepotId });
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Ignore(b => b.Available);
        builder.HasOne(b => b.Depot).WithMany().HasForeignKey(b => b.DepotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.Location).WithMany().HasForeignKey(b => b.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.Item).WithMany().HasForeignKey(b => b.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.Batch).WithMany().HasForeignKey(b => b.BatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.EquipmentUnit).WithMany().HasForeignKey(b => b.EquipmentUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_StockBalances_OnHand", "\"OnHand\" >= 0");
            t.HasCheckConstraint("CK_StockBalances_Reserved", "\"Reserved\" >= 0 AND \"Reserved\" <= \"OnHand\"");
        });
    }
}
