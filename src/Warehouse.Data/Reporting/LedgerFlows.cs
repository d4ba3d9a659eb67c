using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Reporting;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Reporting;

/// Where a flow falls: inside the period asked for, or after its end (up to now).
public enum FlowSpan
{
    InPeriod,
    AfterPeriod,
}

/// A group of ledger flows: depot, class, mode, reason, direction and span.
public readonly record struct FlowKey(int DepotId, SupplyClass Class, StorageMode Mode, StockReason Reason, bool Inbound, FlowSpan Span);

/// What is on hand now in one depot, class and mode, valued at today's prices.
public readonly record struct HoldingKey(int DepotId, SupplyClass Class, StorageMode Mode);

/// Today's stock as the reserve report reads it: per depot, class and mode with its value, and per depot and item.
public sealed record StockNow(IReadOnlyDictionary<HoldingKey, (long Quantity, decimal Value)> Holdings,
    IReadOnlyDictionary<(int DepotId, int ItemId), long> OnHand);

/// The ledger's flows from a period's start up to now, split at the period's end, and what is on hand now: enough to
/// derive opening and closing stock without reading the ledger before the period. Whole months come from the month
/// totals, the months a period starts or ends inside of from the day totals, and rows chained after the totals' mark
/// from the ledger. Call it inside a snapshot (<see cref="ReadSnapshot"/>) so the three parts see the same ledger.
public sealed class LedgerFlows(WarehouseDbContext db, BureauClock clock)
{
    public async Task<Dictionary<FlowKey, (long Quantity, decimal Value)>> SinceAsync(DateOnly from, DateOnly to,
        CancellationToken cancellationToken)
    {
        var zone = clock.Zone;
        var (start, end) = (LedgerRows.StartOf(from, zone), LedgerRows.StartOf(to.AddDays(1), zone));
        var prices = await LedgerRows.PricesAsync(db, cancellationToken);
        var mark = await db.LedgerTotalsMarks.AsNoTracking().SingleAsync(cancellationToken);
        var flows = new Dictionary<FlowKey, (long, decimal)>();
        if (mark.Zone != zone.Id)
        {
            // Totals not yet cut in this zone (every report brings them up to date first): the rows themselves.
            await AddRowsAsync(flows, prices, m => m.OccurredAt >= start, end, cancellationToken);
            return flows;
        }
        var cut = new[] { from, to.AddDays(1) }.Where(d => d.Day != 1).Select(d => new DateOnly(d.Year, d.Month, 1)).Distinct().ToList();
        var firstMonth = new DateOnly(from.Year, from.Month, 1);
        var after = to.AddDays(1);
        var months = await db.LedgerMonthTotals.AsNoTracking().Where(t => t.Month >= firstMonth && !cut.Contains(t.Month))
            .ToListAsync(cancellationToken);
        foreach (var t in months)
            Add(flows, t, t.Month >= after);
        foreach (var month in cut)
        {
            var (first, next) = (month < from ? from : month, month.AddMonths(1));
            // A month of days is tens of thousands of totals: summed in the database to the report's grain.
            var days = await db.LedgerDayTotals.AsNoTracking().Where(t => t.Day >= first && t.Day < next)
                .GroupBy(t => new { t.DepotId, t.Class, t.Mode, t.Reason, t.Inbound, After = t.Day >= after })
                .Select(g => new { g.Key, Quantity = g.Sum(t => t.Quantity), Value = g.Sum(t => t.Value) })
                .ToListAsync(cancellationToken);
            foreach (var d in days)
                Add(flows, new FlowKey(d.Key.DepotId, d.Key.Class, d.Key.Mode, d.Key.Reason, d.Key.Inbound,
                    d.Key.After ? FlowSpan.AfterPeriod : FlowSpan.InPeriod), d.Quantity, d.Value);
        }
        await AddRowsAsync(flows, prices, m => m.Sequence > mark.Sequence && m.OccurredAt >= start, end, cancellationToken);
        return flows;
    }

    /// Today's stock, read once from the balances: per depot, class and mode valued at today's prices, and per depot and item.
    public async Task<StockNow> StockNowAsync(CancellationToken cancellationToken)
    {
        var prices = await LedgerRows.PricesAsync(db, cancellationToken);
        var balances = await db.StockBalances.AsNoTracking().Where(b => b.OnHand != 0)
            .GroupBy(b => new { b.DepotId, b.ItemId, b.Mode })
            .Select(g => new { g.Key.DepotId, g.Key.ItemId, g.Key.Mode, OnHand = g.Sum(b => b.OnHand) })
            .ToListAsync(cancellationToken);
        var holdings = new Dictionary<HoldingKey, (long Quantity, decimal Value)>();
        var onHand = new Dictionary<(int DepotId, int ItemId), long>();
        foreach (var b in balances)
        {
            var item = prices[b.ItemId];
            var key = new HoldingKey(b.DepotId, item.Class, b.Mode);
            var (quantity, value) = holdings.GetValueOrDefault(key);
            holdings[key] = (quantity + b.OnHand, value + b.OnHand * item.UnitPrice);
            onHand[(b.DepotId, b.ItemId)] = onHand.GetValueOrDefault((b.DepotId, b.ItemId)) + b.OnHand;
        }
        return new StockNow(holdings, onHand);
    }

    private async Task AddRowsAsync(Dictionary<FlowKey, (long, decimal)> flows, Dictionary<int, ItemPrice> prices,
        System.Linq.Expressions.Expression<Func<StockMovement, bool>> which, DateTime end, CancellationToken cancellationToken)
    {
        var rows = LedgerRows.Of(db, db.StockMovements.AsNoTracking().Where(which));
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var item = prices[row.ItemId];
            Add(flows, new FlowKey(row.DepotId, item.Class, row.Mode, row.Reason, row.Quantity > 0,
                row.OccurredAt >= end ? FlowSpan.AfterPeriod : FlowSpan.InPeriod), row.Quantity, row.Quantity * item.UnitPrice);
        }
    }

    private static void Add(Dictionary<FlowKey, (long Quantity, decimal Value)> flows, LedgerTotal total, bool afterPeriod) =>
        Add(flows, new FlowKey(total.DepotId, total.Class, total.Mode, total.Reason, total.Inbound,
            afterPeriod ? FlowSpan.AfterPeriod : FlowSpan.InPeriod), total.Quantity, total.Value);

    private static void Add(Dictionary<FlowKey, (long Quantity, decimal Value)> flows, FlowKey key, long quantity, decimal value)
    {
        var (q, v) = flows.GetValueOrDefault(key);
        flows[key] = (q + quantity, v + value);
    }
}
