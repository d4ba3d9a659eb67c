using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Catalog;

namespace Warehouse.Data.Configurations;

internal sealed class BatchConfiguration : IEntityTypeConfiguration<Batch>
{
    public void Configure(EntityTypeBuilder<Batch> builder)
    {
        builder.Property(b => b.Number).HasMaxLength(30);
        builder.HasIndex(b => b.Number).IsUnique();
        builder.Property(b => b.Lot).HasMaxLength(40);
        builder.HasIndex(b => new { b.ItemId, b.Lot }).IsUnique();
        builder.HasIndex(b => b.Expiry);
        builder.Property(b => b.Supplier).HasMaxLength(100);
        builder.HasOne(b => b.Item).WithMany().HasForeignKey(b => b.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
