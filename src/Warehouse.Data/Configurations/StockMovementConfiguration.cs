using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Configurations;

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> builder)
    {
        builder.Property(m => m.UserName).HasMaxLength(100);
        // A balance's movements in ledger order, carrying the figure after each: a balance's stock at any past instant is
        // one look-up in the index, without a read of the row (the reserve report's quota coverage at a past end).
        builder.HasIndex(m => new { m.BalanceId, m.Id, m.BalanceAfter });
        builder.HasIndex(m => new { m.DepotId, m.OccurredAt });
        // A depot's ledger newest first (a keeper's dashboard, the ledger filtered by depot): without it PostgreSQL walked the
        // whole ledger backwards for the ten latest rows of a depot that seldom moves.
        builder.HasIndex(m => new { m.DepotId, m.Id });
        builder.HasIndex(m => new { m.ItemId, m.OccurredAt });
        builder.HasIndex(m => m.OccurredAt);
        builder.Property(m => m.PreviousHash).HasMaxLength(64);
        builder.Property(m => m.Hash).HasMaxLength(64);
        builder.HasIndex(m => m.Sequence).IsUnique();
        builder.HasOne(m => m.Document).WithMany(d => d.Movements).HasForeignKey(m => m.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StockBalance>().WithMany().HasForeignKey(m => m.BalanceId).OnDelete(DeleteBehavior.Restrict);
    }
}
