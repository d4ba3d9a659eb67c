using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Infrastructure;
using Warehouse.Domain.Common;
using Warehouse.Domain.Reporting;

namespace Warehouse.Data.Reporting;

/// How far the month and day totals are behind the ledger: the sequence they reach (0 while a rebuild in another time zone
/// has not begun), the ledger's head, and how many items' rows are summed at a class or price the item no longer has.
public readonly record struct TotalsLag(long Reached, long Head, int Repriced = 0)
{
    public long Rows => Head - Reached;
}

/// Brings the month and day totals up to the ledger's head: the rows chained since the mark are summed in, and an item whose
/// class or unit price changed has its earlier rows moved over. Runs in steps of at most <see cref="StepRows"/> ledger rows,
/// each in one transaction behind the mark's lock, so a step that fails leaves the totals as the last step left them, two
/// never count a row twice, and a rebuild of millions of rows holds the write gate for a second at a time, not minutes.
/// The ledger's sequence is handed out under the chain head's lock, in commit order, so no row below the mark can still
/// be on its way.
public sealed class LedgerTotalsRefresh(WarehouseDbContext db, BureauClock clock)
{
    // Beyond this many repriced items, summing the whole ledger again is cheaper than moving each item's rows.
    private const int RepriceLimit = 200;

    /// The most ledger rows one step sums (a second or so of the write gate on SQLite).
    public int StepRows { get; init; } = 100_000;

    private static readonly TimeSpan BetweenSteps = TimeSpan.FromMilliseconds(250);

    /// Answers the ledger sequence the totals now reach: every step up to the head as it stood when called.
    public async Task<long> RunAsync(CancellationToken cancellationToken)
    {
        var head = await HeadAsync(cancellationToken);
        var reached = await StepAsync(head, cancellationToken);
        while (reached < head)
        {
            // A breath between steps: a writer outside the gate naps in SQLite's busy handler (up to 100 ms at a time)
            // and would never find the lock free between two steps taken back to back.
            if (db.Database.IsSqlite())
                await Task.Delay(BetweenSteps, cancellationToken);
            reached = await StepAsync(head, cancellationToken);
        }
        return reached;
    }

    /// How far behind the totals are now: the mark against the ledger's head, or the whole ledger when the next refresh
    /// must sum it all again (another time zone, or more items repriced than are worth moving one by one).
    public async Task<TotalsLag> LagAsync(CancellationToken cancellationToken)
    {
        var mark = await db.LedgerTotalsMarks.AsNoTracking().SingleAsync(cancellationToken);
        // Counted by the database: both lists of items read here (ten thousand each, their prices parsed from SQLite's
        // text) cost every report 40 ms at a million ledger rows. The prices are compared as numbers, not as SQLite's
        // text, where 10.00 is not 10.0; as doubles, which is exact for a price of whole cents up to the 100,000,000 an
        // item may cost (EF Core's exact decimal comparison on SQLite calls back into .NET for every row: 25 ms).
        var repriced = await db.LedgerTotalsItems.CountAsync(s => db.Items.Any(i => i.Id == s.ItemId
            && (i.Class != s.Class || (double)i.UnitPrice != (double)s.UnitPrice)), cancellationToken);
        var rebuild = mark.Zone != clock.Zone.Id || repriced > RepriceLimit;
        return new TotalsLag(rebuild ? 0 : mark.Sequence, await HeadAsync(cancellationToken), rebuild ? 0 : repriced);
    }

    private static List<LedgerTotalsItem> Repriced(IEnumerable<LedgerTotalsItem> summed, Dictionary<int, ItemPrice> prices) =>
        summed.Where(s => prices.TryGetValue(s.ItemId, out var p) && !s.Matches(p.Class, p.UnitPrice)).ToList();

    private async Task<long> HeadAsync(CancellationToken cancellationToken) =>
        await db.StockMovements.MaxAsync(m => m.Sequence, cancellationToken) ?? 0;

    private async Task<long> StepAsync(long head, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(() => SqliteWriteGate.RunAsync(db, async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var reached = await RefreshAsync(head, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return reached;
        }, cancellationToken));
    }

    private async Task<long> RefreshAsync(long upTo, CancellationToken cancellationToken)
    {
        await db.LedgerTotalsMarks.ExecuteUpdateAsync(s => s.SetProperty(m => m.Sequence, m => m.Sequence), cancellationToken);
        var mark = await db.LedgerTotalsMarks.SingleAsync(cancellationToken);
        var prices = await LedgerRows.PricesAsync(db, cancellationToken);
        // Read untracked: only the items repriced or seen for the first time are written back.
        var summed = await db.LedgerTotalsItems.AsNoTracking().ToDictionaryAsync(i => i.ItemId, cancellationToken);
        var repriced = Repriced(summed.Values, prices);
        var from = mark.Sequence;
        if (mark.Zone != clock.Zone.Id || repriced.Count > RepriceLimit)
        {
            await db.LedgerMonthTotals.ExecuteDeleteAsync(cancellationToken);
            await db.LedgerDayTotals.ExecuteDeleteAsync(cancellationToken);
            await db.LedgerTotalsItems.ExecuteDeleteAsync(cancellationToken);
            db.ChangeTracker.Clear();
            mark = await db.LedgerTotalsMarks.SingleAsync(cancellationToken);
            (from, repriced) = (0, []);
            summed.Clear();
        }
        // Another refresh may have gone past the head this one was asked to reach; then this step has nothing to do.
        var head = Math.Max(from, Math.Min(upTo, from + StepRows));
        var buffer = new TotalsBuffer(clock.Zone);
        foreach (var item in repriced)
            await MoveItemAsync(item, prices[item.ItemId], from, buffer, cancellationToken);
        var added = LedgerRows.Of(db, db.StockMovements.AsNoTracking().Where(m => m.Sequence > from && m.Sequence <= head));
        await foreach (var row in added.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var item = prices[row.ItemId];
            buffer.Add(row, item);
            if (summed.TryAdd(row.ItemId, new LedgerTotalsItem(row.ItemId, item.Class, item.UnitPrice)))
                db.LedgerTotalsItems.Add(summed[row.ItemId]);
        }
        await buffer.WriteAsync(db, cancellationToken);
        mark.MoveTo(head, clock.Zone.Id);
        return head;
    }

    private async Task MoveItemAsync(LedgerTotalsItem item, ItemPrice now, long upTo, TotalsBuffer buffer,
        CancellationToken cancellationToken)
    {
        var before = new ItemPrice(item.Class, item.UnitPrice);
        db.LedgerTotalsItems.Attach(item);
        var rows = LedgerRows.Of(db, db.StockMovements.AsNoTracking().Where(m => m.ItemId == item.ItemId && m.Sequence <= upTo));
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            buffer.Add(row, before, -1);
            buffer.Add(row, now);
        }
        item.Reprice(now.Class, now.UnitPrice);
    }
}
