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

/// One depot's quota coverage counts, by depot id: what is counted at an end and what a month's record keeps.
public sealed record DepotCoverage(int DepotId, int Lines, int AtMinimum, int AtTarget, long TargetQuantity, long CoveredQuantity);

/// Quota coverage read from a month's-end record, and when the record was taken.
public sealed record RecordedCoverage(IReadOnlyList<QuotaCoverageRow> Rows, DateTime RecordedAt);

/// Quota coverage per depot at the period's end: each quota line against its depot's stock of the item at that end, counted
/// in the database, which answers one row per depot.
public sealed class QuotaCoverageQuery(WarehouseDbContext db)
{
    public async Task<IReadOnlyList<QuotaCoverageRow>> AtAsync(DateTime end, CancellationToken cancellationToken) =>
        await NamedAsync(await PerDepotAsync(end, cancellationToken), cancellationToken);

    /// The coverage recorded for a month ending at <paramref name="end"/>, or null when no month's record ends there.
    public async Task<RecordedCoverage?> RecordedAtAsync(DateTime end, CancellationToken cancellationToken)
    {
        var record = await db.QuotaCoverageRecords.AsNoTracking().Include(r => r.Lines)
            .SingleOrDefaultAsync(r => r.End == end, cancellationToken);
        if (record is null)
            return null;
        var lines = record.Lines.Select(l => new DepotCoverage(l.DepotId, l.Lines, l.AtMinimum, l.AtTarget, l.TargetQuantity, l.CoveredQuantity));
        return new RecordedCoverage(await NamedAsync(lines.ToList(), cancellationToken), record.RecordedAt);
    }

    /// Counted now from the quotas and the stock at the end.
    public async Task<IReadOnlyList<DepotCoverage>> PerDepotAsync(DateTime end, CancellationToken cancellationToken)
    {
        var closing = await ClosingAsync(end, cancellationToken);
        var lines = from q in db.Quotas
            join c in closing on new { q.DepotId, q.ItemId } equals new { c.DepotId, c.ItemId } into found
            from c in found.DefaultIfEmpty()
            select new { q.DepotId, q.Minimum, q.Target, Closing = (long?)c.Quantity ?? 0L };
        return await lines.GroupBy(l => l.DepotId)
            .Select(g => new DepotCoverage(g.Key, g.Count(), g.Count(l => l.Closing >= l.Minimum), g.Count(l => l.Closing >= l.Target),
                g.Sum(l => (long)l.Target), g.Sum(l => l.Closing <= 0 ? 0L : l.Closing >= l.Target ? (long)l.Target : l.Closing)))
            .ToListAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<QuotaCoverageRow>> NamedAsync(IReadOnlyList<DepotCoverage> perDepot, CancellationToken cancellationToken)
    {
        var depots = await db.Depots.AsNoTracking().ToDictionaryAsync(d => d.Id, d => (d.Code, d.Name), cancellationToken);
        return perDepot.Select(d => new QuotaCoverageRow(depots[d.DepotId].Code, depots[d.DepotId].Name, d.Lines, d.AtMinimum, d.AtTarget,
            d.TargetQuantity, d.CoveredQuantity)).OrderBy(r => r.Depot).ToList();
    }

    /// Beyond this many ledger rows after the end, each quota'd balance's own figure at the end is looked up instead. Measured
    /// in the sqlite3 shell on the 5 M-row benchmark ledger: the 100,000 quota'd balances' look-ups took 80 ms of CPU, summing
    /// the 267,000 rows of 20 days after an end 660 ms (each row read from the table through the time index), so a look-up per
    /// balance costs what summing about one row after the end does.
    public int PerBalanceFromRows { get; init; } = 20_000;

    /// Stock per depot and item at the end. For a period ending today, the balances; for one that ended lately, the balances
    /// less the few rows after the end; for one long past (a half-year seen months later: millions of rows), each balance's
    /// figure after its last movement before the end, found by index, which costs the same however long ago the end was.
    private async Task<IQueryable<StockAt>> ClosingAsync(DateTime end, CancellationToken cancellationToken)
    {
        var balances = db.StockBalances.GroupBy(b => new { b.DepotId, b.ItemId })
            .Select(g => new StockAt { DepotId = g.Key.DepotId, ItemId = g.Key.ItemId, Quantity = g.Sum(b => (long)b.OnHand) });
        var after = db.StockMovements.Where(m => m.OccurredAt >= end);
        var rowsAfter = await after.Take(PerBalanceFromRows + 1).CountAsync(cancellationToken);
        if (rowsAfter == 0)
            return balances;
        if (rowsAfter <= PerBalanceFromRows)
        {
            var later = after.GroupBy(m => new { m.DepotId, m.ItemId })
                .Select(g => new StockAt { DepotId = g.Key.DepotId, ItemId = g.Key.ItemId, Quantity = g.Sum(m => (long)m.Quantity) });
            return from b in balances
                join l in later on new { b.DepotId, b.ItemId } equals new { l.DepotId, l.ItemId } into found
                from l in found.DefaultIfEmpty()
                select new StockAt { DepotId = b.DepotId, ItemId = b.ItemId, Quantity = b.Quantity - ((long?)l.Quantity ?? 0L) };
        }
        // Ledger ids follow the posting order, as the times do: the rows before the end are those below the first after it.
        var firstAfter = await after.OrderBy(m => m.OccurredAt).ThenBy(m => m.Id).Select(m => m.Id).FirstAsync(cancellationToken);
        return db.StockBalances
            .Where(b => db.Quotas.Any(q => q.DepotId == b.DepotId && q.ItemId == b.ItemId))
            .Select(b => new
            {
                b.DepotId, b.ItemId,
                Closing = db.StockMovements.Where(m => m.BalanceId == b.Id && m.Id < firstAfter).OrderByDescending(m => m.Id)
                    .Select(m => (long?)m.BalanceAfter).FirstOrDefault() ?? 0L,
            })
            .GroupBy(b => new { b.DepotId, b.ItemId })
            .Select(g => new StockAt { DepotId = g.Key.DepotId, ItemId = g.Key.ItemId, Quantity = g.Sum(b => b.Closing) });
    }

    /// Built by member initialisation, so that EF Core can follow its members into the joins and groups that use it.
    private sealed class StockAt
    {
        public int DepotId { get; init; }
        public int ItemId { get; init; }
        public long Quantity { get; init; }
    }
}
