using Microsoft.EntityFrameworkCore;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Stock;

/// The stock pages a page at a time. Both reports are ordered by depot code first, so a page is cut from per-depot
/// counts and reads only the depots it spans: one grouped pass over the rows, then one depot's rows sorted, instead
/// of a count and a sort of every balance and quota in the county.
public sealed partial class StockQueries
{
    public async Task<Paged<StockSummaryRow>> SummaryAsync(StockFilter filter, CancellationToken cancellationToken)
    {
        var depots = await VisibleDepotsAsync(filter.Depot, cancellationToken);
        var counts = await SummaryCountsAsync(filter, depots, cancellationToken);
        var rows = new List<StockSummaryRow>();
        foreach (var slice in DepotSlices.Of(await DepotOrderAsync(cancellationToken), counts, Skipped(filter), filter.SafeSize))
            rows.AddRange(await SummaryRows(InCodeOrder(SummaryPairs(filter, depots, slice.DepotId)).Skip(slice.Skip).Take(slice.Take))
                .ToListAsync(cancellationToken));
        return new Paged<StockSummaryRow>(await WithAgreementStockAsync(rows, cancellationToken), counts.Values.Sum(), filter.SafePage,
            filter.SafeSize);
    }

    public async Task<Paged<StockBalanceRow>> BalancesAsync(StockFilter filter, CancellationToken cancellationToken)
    {
        if (filter.NearExpiry)
        {
            // Ordered by expiry first: a page of it spans every depot.
            var (query, total) = await BalancesQueryAsync(filter, count: true, cancellationToken);
            var page = await query.Skip(Skipped(filter)).Take(filter.SafeSize).ToListAsync(cancellationToken);
            return new Paged<StockBalanceRow>(page, total, filter.SafePage, filter.SafeSize);
        }
        var depots = await VisibleDepotsAsync(filter.Depot, cancellationToken);
        var held = InDepots(db.StockBalances, depots).Where(b => b.OnHand > 0);
        if (FiltersItems(filter.Item, filter.Class))
        {
            var items = ItemsMatching(filter.Item, filter.Class);
            held = held.Where(b => items.Any(i => i.Id == b.ItemId));
        }
        var counts = await held.GroupBy(b => b.DepotId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var rows = new List<StockBalanceRow>();
        foreach (var slice in DepotSlices.Of(await DepotOrderAsync(cancellationToken), counts, Skipped(filter), filter.SafeSize))
        {
            var (query, _) = await BalancesQueryAsync(filter, count: false, cancellationToken, slice.DepotId);
            rows.AddRange(await query.Skip(slice.Skip).Take(slice.Take).ToListAsync(cancellationToken));
        }
        return new Paged<StockBalanceRow>(rows, counts.Values.Sum(), filter.SafePage, filter.SafeSize);
    }

    private static int Skipped(StockFilter filter) => (filter.SafePage - 1) * filter.SafeSize;

    private async Task<List<int>> DepotOrderAsync(CancellationToken cancellationToken) =>
        await db.Depots.OrderBy(d => d.Code).Select(d => d.Id).ToListAsync(cancellationToken);

    /// The summary's rows per depot. The full report's are the items held and the quotas of items not held, counted
    /// apart: the union of both sorted into one temporary tree cost twice as much.
    private async Task<Dictionary<int, int>> SummaryCountsAsync(StockFilter filter, List<int>? depots,
        CancellationToken cancellationToken)
    {
        if (filter.BelowQuota)
            return await SummaryPairs(filter, depots, null).GroupBy(p => p.DepotId).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var (quotas, balances) = SummarySides(filter, depots, null);
        var counts = await balances.GroupBy(b => b.DepotId).Select(g => new { g.Key, Count = g.Select(b => b.ItemId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var unheld = await quotas.Where(q => !balances.Any(b => b.DepotId == q.DepotId && b.ItemId == q.ItemId))
            .GroupBy(q => q.DepotId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        foreach (var depot in unheld)
            counts[depot.Key] = counts.GetValueOrDefault(depot.Key) + depot.Count;
        return counts;
    }

    /// The summary's depot × item pairs, of one depot when given; each side of the union is filtered before it, so a
    /// depot's pairs are found by index. Only a depot × item with a quota can be below it, so that report starts from
    /// the quotas.
    private IQueryable<DepotItem> SummaryPairs(StockFilter filter, List<int>? depots, int? depot)
    {
        var (quotas, balances) = SummarySides(filter, depots, depot);
        if (filter.BelowQuota)
            return BelowMinimum(quotas).Select(q => new DepotItem { DepotId = q.DepotId, ItemId = q.ItemId });
        return balances.Select(b => new DepotItem { DepotId = b.DepotId, ItemId = b.ItemId })
            .Union(quotas.Select(q => new DepotItem { DepotId = q.DepotId, ItemId = q.ItemId }));
    }

    /// The quotas and the balances held, in the depots and of the items asked for. A reserved quantity is part of the
    /// quantity on hand (a check constraint), so a balance is held when it has some on hand, which the balance index
    /// on depot, item and quantity answers alone.
    private (IQueryable<Domain.Catalog.Quota> Quotas, IQueryable<Domain.Stock.StockBalance> Balances) SummarySides(StockFilter filter,
        List<int>? depots, int? depot)
    {
        var quotas = db.Quotas.AsNoTracking();
        var balances = InDepots(db.StockBalances, depots).Where(b => b.OnHand > 0);
        if (depots is not null)
            quotas = quotas.Where(q => depots.Contains(q.DepotId));
        if (depot is { } one)
            (quotas, balances) = (quotas.Where(q => q.DepotId == one), balances.Where(b => b.DepotId == one));
        if (FiltersItems(filter.Item, filter.Class))
        {
            var items = ItemsMatching(filter.Item, filter.Class);
            quotas = quotas.Where(q => items.Any(i => i.Id == q.ItemId));
            balances = balances.Where(b => items.Any(i => i.Id == b.ItemId));
        }
        return (quotas, balances);
    }

    /// The quotas whose depot holds less than their minimum of the item, all its lots, units and bins together: the held
    /// figure the database keeps on each quota, so the count reads the quotas alone (summing every balance in the county
    /// for it cost PostgreSQL 140 ms at 100,000 quotas).
    private static IQueryable<Domain.Catalog.Quota> BelowMinimum(IQueryable<Domain.Catalog.Quota> quotas) =>
        quotas.Where(q => q.Held < q.Minimum);

    private IQueryable<SummaryKey> InCodeOrder(IQueryable<DepotItem> pairs) =>
        from k in pairs
        join i in db.Items on k.ItemId equals i.Id
        join d in db.Depots on k.DepotId equals d.Id
        orderby d.Code, i.Code
        select new SummaryKey { DepotId = k.DepotId, ItemId = k.ItemId, DepotCode = d.Code, ItemCode = i.Code };

    /// One depot × item, in a shape both sides of a union share.
    private sealed class DepotItem
    {
        public int DepotId { get; init; }
        public int ItemId { get; init; }
    }
}
