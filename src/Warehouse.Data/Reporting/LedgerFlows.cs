using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Reporting;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Reporting;

/// A group of ledger flows: depot, class, mode, reason and direction.
public readonly record struct FlowKey(int DepotId, SupplyClass Class, StorageMode Mode, StockReason Reason, bool Inbound);

/// Stock in one depot, class and mode.
public readonly record struct HoldingKey(int DepotId, SupplyClass Class, StorageMode Mode);

/// What a period's report reads from the ledger: the stock at the period's start per depot, class and mode, and the flows
/// inside the period; both valued at today's unit prices. Closing is opening plus the flows.
public sealed record PeriodFlows(IReadOnlyDictionary<HoldingKey, (long Quantity, decimal Value)> Opening,
    IReadOnlyDictionary<FlowKey, (long Quantity, decimal Value)> Inside);

/// Reads a period's opening stock and flows from the ledger's month and day totals, summed in the database to the report's
/// grain, and from the rows chained after the totals' mark: whole months come from the month totals, the days of the months
/// a period starts or ends inside of from the day totals. The totals hold every ledger row ever chained, and the ledger
/// adds up to the balances, so the stock at any instant is what the totals and the tail add up to before it: no read of
/// today's balances and no subtraction of what moved since. Call it inside a snapshot (<see cref="ReadSnapshot"/>) so the
/// parts see the same ledger.
public sealed class LedgerFlows(WarehouseDbContext db, BureauClock clock)
{
    public async Task<PeriodFlows> OfAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var zone = clock.Zone;
        var after = to.AddDays(1);
        var (start, end) = (LedgerRows.StartOf(from, zone), LedgerRows.StartOf(after, zone));
        var mark = await db.LedgerTotalsMarks.AsNoTracking().SingleAsync(cancellationToken);
        var (opening, inside) = (new Dictionary<HoldingKey, (long, decimal)>(), new Dictionary<FlowKey, (long, decimal)>());
        if (mark.Zone != zone.Id)
        {
            // Totals not yet cut in this zone (every report brings them up to date first): the rows themselves.
            await AddRowsAsync(opening, inside, m => m.OccurredAt < end, start, cancellationToken);
            return new PeriodFlows(opening, inside);
        }
        var firstMonth = new DateOnly(from.Year, from.Month, 1);
        var wholeFrom = from.Day == 1 ? from : firstMonth.AddMonths(1);
        var wholeUntil = after.Day == 1 ? after : new DateOnly(after.Year, after.Month, 1);
        AddOpening(opening, await ByHoldingAsync(db.LedgerMonthTotals.Where(t => t.Month < firstMonth), cancellationToken));
        AddOpening(opening, await ByHoldingAsync(db.LedgerDayTotals.Where(t => t.Day >= firstMonth && t.Day < from), cancellationToken));
        if (wholeFrom < wholeUntil)
        {
            AddInside(inside, await ByFlowAsync(db.LedgerMonthTotals.Where(t => t.Month >= wholeFrom && t.Month < wholeUntil), cancellationToken));
            AddInside(inside, await ByFlowAsync(db.LedgerDayTotals.Where(t => t.Day >= from && t.Day < wholeFrom), cancellationToken));
            AddInside(inside, await ByFlowAsync(db.LedgerDayTotals.Where(t => t.Day >= wholeUntil && t.Day < after), cancellationToken));
        }
        else
            AddInside(inside, await ByFlowAsync(db.LedgerDayTotals.Where(t => t.Day >= from && t.Day < after), cancellationToken));
        // The mark is written into the statement: as a parameter PostgreSQL's generic plan took a third of the ledger to
        // lie past it and scanned all of it (250 ms at a million rows) to find that nothing did.
        var since = mark.Sequence;
        await AddRowsAsync(opening, inside, m => m.Sequence > EF.Constant(since) && m.OccurredAt < end, start, cancellationToken);
        return new PeriodFlows(opening, inside);
    }

    private async Task<List<(HoldingKey Key, long Quantity, decimal Value)>> ByHoldingAsync<T>(IQueryable<T> totals,
        CancellationToken cancellationToken) where T : LedgerTotal =>
        (await SumsAsync(totals.AsNoTracking().GroupBy(t => new { t.DepotId, t.Class, t.Mode }), cancellationToken))
        .Select(g => (new HoldingKey(g.Key.DepotId, g.Key.Class, g.Key.Mode), g.Quantity, g.Value)).ToList();

    private async Task<List<(FlowKey Key, long Quantity, decimal Value)>> ByFlowAsync<T>(IQueryable<T> totals,
        CancellationToken cancellationToken) where T : LedgerTotal =>
        (await SumsAsync(totals.AsNoTracking().GroupBy(t => new { t.DepotId, t.Class, t.Mode, t.Reason, t.Inbound }), cancellationToken))
        .Select(g => (new FlowKey(g.Key.DepotId, g.Key.Class, g.Key.Mode, g.Key.Reason, g.Key.Inbound), g.Quantity, g.Value)).ToList();

    /// Each group's quantity and value. SQLite keeps a decimal as text and EF Core sums it by calling back into .NET for
    /// every row: the half-year report's sums took 72 ms at a million ledger rows, and 40 ms summed as whole cents,
    /// which the database adds itself. That is exact: a value read as a double is within a thousandth of a cent of the
    /// decimal while it is under <see cref="ExactInCents"/>, so rounded to cents it is the decimal exactly, and the sum of
    /// integers is exact (SQLite refuses, not wraps, an integer overflow). A group holding a larger value is summed as
    /// decimals, as on the other databases.
    private async Task<List<GroupSum<TKey>>> SumsAsync<T, TKey>(IQueryable<IGrouping<TKey, T>> groups,
        CancellationToken cancellationToken) where T : LedgerTotal
    {
        if (db.Database.IsSqlite())
        {
            var inCents = await groups.Select(g => new
            {
                g.Key,
                Quantity = g.Sum(t => t.Quantity),
                Cents = g.Sum(t => (long)Math.Round((double)t.Value * 100)),
                Largest = g.Max(t => Math.Abs((double)t.Value)),
            }).ToListAsync(cancellationToken);
            if (inCents.All(g => g.Largest < ExactInCents))
                return inCents.Select(g => new GroupSum<TKey>(g.Key, g.Quantity, g.Cents / 100m)).ToList();
        }
        return await groups.Select(g => new GroupSum<TKey>(g.Key, g.Sum(t => t.Quantity), g.Sum(t => t.Value)))
            .ToListAsync(cancellationToken);
    }

    /// Ten billion yuan: a double's step there is a five-thousandth of a cent, and nine million such totals still sum
    /// inside a long.
    private const double ExactInCents = 1e10;

    private sealed record GroupSum<TKey>(TKey Key, long Quantity, decimal Value);

    /// Adds the rows themselves, valued at today's prices; the prices are read only when there is a row, which after the
    /// keeper's last round there seldom is.
    private async Task AddRowsAsync(Dictionary<HoldingKey, (long, decimal)> opening, Dictionary<FlowKey, (long, decimal)> inside,
        Expression<Func<StockMovement, bool>> which, DateTime start, CancellationToken cancellationToken)
    {
        // Read before the rows: the rows' reader holds the connection while they stream.
        var prices = await db.StockMovements.Where(which).AnyAsync(cancellationToken)
            ? await LedgerRows.PricesAsync(db, cancellationToken) : null;
        if (prices is null)
            return;
        var rows = LedgerRows.Of(db, db.StockMovements.AsNoTracking().Where(which));
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var item = prices[row.ItemId];
            var value = row.Quantity * item.UnitPrice;
            if (row.OccurredAt < start)
                Add(opening, new HoldingKey(row.DepotId, item.Class, row.Mode), row.Quantity, value);
            else
                Add(inside, new FlowKey(row.DepotId, item.Class, row.Mode, row.Reason, row.Quantity > 0), row.Quantity, value);
        }
    }

    private static void AddOpening(Dictionary<HoldingKey, (long, decimal)> opening, List<(HoldingKey Key, long Quantity, decimal Value)> totals)
    {
        foreach (var (key, quantity, value) in totals)
            Add(opening, key, quantity, value);
    }

    private static void AddInside(Dictionary<FlowKey, (long, decimal)> inside, List<(FlowKey Key, long Quantity, decimal Value)> totals)
    {
        foreach (var (key, quantity, value) in totals)
            Add(inside, key, quantity, value);
    }

    private static void Add<TKey>(Dictionary<TKey, (long, decimal)> sums, TKey key, long quantity, decimal value) where TKey : notnull
    {
        var (q, v) = sums.GetValueOrDefault(key);
        sums[key] = (q + quantity, v + value);
    }
}
