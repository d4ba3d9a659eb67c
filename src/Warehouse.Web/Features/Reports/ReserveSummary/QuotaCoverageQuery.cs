using Microsoft.EntityFrameworkCore;
using Warehouse.Data;

namespace Warehouse.Web.Features.Reports.ReserveSummary;

/// One depot's quotas at a period's end: how many lines stood at or above their minimum and their target, and how much
/// of the target quantity the stock covered (stock above a target covers nothing else).
public sealed record QuotaCoverageRow(string Depot, string DepotName, int Lines, int AtMinimum, int AtTarget, long TargetQuantity,
    long CoveredQuantity)
{
    public decimal Coverage => TargetQuantity == 0 ? 1m : Math.Round((decimal)CoveredQuantity / TargetQuantity, 4);
}

/// Quota coverage per depot at the period's end: stock on hand now less what moved after the end, per quota line.
public sealed class QuotaCoverageQuery(WarehouseDbContext db)
{
    /// <paramref name="onHand"/> is today's stock per depot and item, read with the report's other figures (one grouped
    /// read of the balances rather than a sum per quota line: at 100 k lines the correlated sums cost a second alone).
    public async Task<IReadOnlyList<QuotaCoverageRow>> AtAsync(DateTime end, IReadOnlyDictionary<(int DepotId, int ItemId), long> onHand,
        CancellationToken cancellationToken)
    {
        var quotas = (await db.Quotas.AsNoTracking().Select(q => new { q.DepotId, q.ItemId, q.Minimum, q.Target })
                .ToListAsync(cancellationToken))
            .Select(q => new { q.DepotId, q.ItemId, q.Minimum, q.Target, OnHand = onHand.GetValueOrDefault((q.DepotId, q.ItemId)) });
        var later = await db.StockMovements.AsNoTracking().Where(m => m.OccurredAt >= end)
            .GroupBy(m => new { m.DepotId, m.ItemId }).Select(g => new { g.Key.DepotId, g.Key.ItemId, Quantity = g.Sum(m => m.Quantity) })
            .ToDictionaryAsync(g => (g.DepotId, g.ItemId), g => g.Quantity, cancellationToken);
        var depots = await db.Depots.AsNoTracking().ToDictionaryAsync(d => d.Id, d => (d.Code, d.Name), cancellationToken);
        return quotas.Select(q => (q.DepotId, q.Minimum, q.Target, Closing: q.OnHand - later.GetValueOrDefault((q.DepotId, q.ItemId))))
            .GroupBy(q => q.DepotId)
            .Select(g => new QuotaCoverageRow(depots[g.Key].Code, depots[g.Key].Name, g.Count(), g.Count(q => q.Closing >= q.Minimum),
                g.Count(q => q.Closing >= q.Target), g.Sum(q => (long)q.Target), g.Sum(q => (long)Math.Clamp(q.Closing, 0, q.Target))))
            .OrderBy(r => r.Depot).ToList();
    }
}
