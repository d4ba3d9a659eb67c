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

/// Quota coverage per depot at the period's end: each quota line against its depot's stock of the item at that end.
public sealed class QuotaCoverageQuery(WarehouseDbContext db)
{
    /// <paramref name="onHand"/> is today's stock per depot and item, read with the report's other figures (one grouped
    /// read of the balances rather than a sum per quota line: at 100 k lines the correlated sums cost a second alone).
    public async Task<IReadOnlyList<QuotaCoverageRow>> AtAsync(DateTime end, IReadOnlyDictionary<(int DepotId, int ItemId), long> onHand,
        CancellationToken cancellationToken)
    {
        var quotas = await db.Quotas.AsNoTracking().Select(q => new { q.DepotId, q.ItemId, q.Minimum, q.Target })
            .ToListAsync(cancellationToken);
        var closing = await ClosingAsync(end, onHand, cancellationToken);
        var depots = await db.Depots.AsNoTracking().ToDictionaryAsync(d => d.Id, d => (d.Code, d.Name), cancellationToken);
        return quotas.Select(q => (q.DepotId, q.Minimum, q.Target, Closing: closing.GetValueOrDefault((q.DepotId, q.ItemId))))
            .GroupBy(q => q.DepotId)
            .Select(g => new QuotaCoverageRow(depots[g.Key].Code, depots[g.Key].Name, g.Count(), g.Count(q => q.Closing >= q.Minimum),
                g.Count(q => q.Closing >= q.Target), g.Sum(q => (long)q.Target), g.Sum(q => (long)Math.Clamp(q.Closing, 0, q.Target))))
            .OrderBy(r => r.Depot).ToList();
    }

    /// Beyond this many ledger rows after the end, each quota'd balance's own figure at the end is looked up instead (measured
    /// on the 5 M-row benchmark: a look-up per balance costs what summing some three rows after the end does).
    public int PerBalanceFromRows { get; init; } = 400_000;

    /// Stock per depot and item at the end. For a period that ended lately, today's stock less the few rows after it;
    /// for one long past (a half-year seen months later: millions of rows), each balance's figure after its last movement
    /// before the end, found by index, which costs the same however long ago the end was.
    private async Task<IReadOnlyDictionary<(int DepotId, int ItemId), long>> ClosingAsync(DateTime end,
        IReadOnlyDictionary<(int DepotId, int ItemId), long> onHand, CancellationToken cancellationToken)
    {
        var after = db.StockMovements.AsNoTracking().Where(m => m.OccurredAt >= end);
        if (await after.Take(PerBalanceFromRows + 1).CountAsync(cancellationToken) <= PerBalanceFromRows)
        {
            var later = await after.GroupBy(m => new { m.DepotId, m.ItemId })
                .Select(g => new { g.Key.DepotId, g.Key.ItemId, Quantity = g.Sum(m => m.Quantity) })
                .ToDictionaryAsync(g => (g.DepotId, g.ItemId), g => g.Quantity, cancellationToken);
            return onHand.Keys.Union(later.Keys)
                .ToDictionary(k => k, k => onHand.GetValueOrDefault(k) - later.GetValueOrDefault(k));
        }
        // Ledger ids follow the posting order, as the times do: the rows before the end are those below the first after it.
        var firstAfter = await after.OrderBy(m => m.OccurredAt).ThenBy(m => m.Id).Select(m => m.Id).FirstAsync(cancellationToken);
        var balances = await db.StockBalances.AsNoTracking()
            .Where(b => db.Quotas.Any(q => q.DepotId == b.DepotId && q.ItemId == b.ItemId))
            .Select(b => new
            {
                b.DepotId, b.ItemId,
                Closing = db.StockMovements.Where(m => m.BalanceId == b.Id && m.Id < firstAfter).OrderByDescending(m => m.Id)
                    .Select(m => (int?)m.BalanceAfter).FirstOrDefault(),
            })
            .Where(b => b.Closing != null && b.Closing != 0).ToListAsync(cancellationToken);
        return balances.GroupBy(b => (b.DepotId, b.ItemId)).ToDictionary(g => g.Key, g => g.Sum(b => (long)b.Closing!.Value));
    }
}
