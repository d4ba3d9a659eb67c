using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Stock;
using Warehouse.Domain.Catalog;

namespace Warehouse.Data.Configurations;

internal sealed class BatchConfiguration : IEntityTypeConfiguration<Batch>
{
    public void Configure(EntityTypeBuilder<Batch> builder)
    {
        builder.Property(b => b.Number).HasMaxLength(30);
        builder.HasIndex(b => b.Number).IsUnique();
        builder.Property(b => b.Lot).HasMaxLength(StockRules.MaxLotLength);
        builder.HasIndex(b => new { b.ItemId, b.Lot }).IsUnique();
        builder.HasIndex(b => b.Expiry);
        builder.Property(b => b.Supplier).HasMaxLength(StockRules.MaxSupplierLength);
        builder.HasOne(b => b.Item).WithMany().HasForeignKey(b => b.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
