using Microsoft.EntityFrameworkCore;

namespace Warehouse.Data.Auditing;

/// A balance whose on-hand is not the sum of its ledger movements.
public sealed record DriftingBalance(int BalanceId, string Key, int OnHand, int Ledger);

/// Recomputes every balance from the ledger and answers those that drift, streamed.
public static class BalanceDrift
{
    public static IAsyncEnumerable<DriftingBalance> FindAsync(WarehouseDbContext db) =>
        db.StockBalances.AsNoTracking()
            .Select(b => new { b.Id, b.Key, b.OnHand, Ledger = db.StockMovements.Where(m => m.BalanceId == b.Id).Sum(m => (int?)m.Quantity)
                ?? 0 })
            .Where(d => d.OnHand != d.Ledger)
            .Select(d => new DriftingBalance(d.Id, d.Key, d.OnHand, d.Ledger))
            .AsAsyncEnumerable();
}
