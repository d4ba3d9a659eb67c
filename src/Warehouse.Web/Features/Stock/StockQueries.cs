using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Auditing;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Stock;

/// The reads behind the stock pages, their exports and the stock API, limited to the depots the caller may see.
/// Quantities come from balances, never from summing the ledger.
public sealed partial class StockQueries(WarehouseDbContext db, CurrentUser user, BureauClock clock, IConfiguration configuration,
    Data.Suppliers.AgreementReserves agreements)
{
    public int NearExpiryDays => configuration.GetValue("Bureau:NearExpiryDays", 60);

    /// The depot × item pairs of the summary in report order. Only a depot × item with a quota can be below it, so
    /// that report starts from the quotas; the full report walks every depot × item that has stock or a quota.
    private async Task<IQueryable<SummaryKey>> SummaryKeysAsync(StockFilter filter, CancellationToken cancellationToken)
    {
        var depots = await VisibleDepotsAsync(filter.Depot, cancellationToken);
        var keys = filter.BelowQuota
            ? BelowMinimum(db.Quotas).Select(q => new { q.DepotId, q.ItemId })
            : db.StockBalances.Where(b => b.OnHand > 0 || b.Reserved > 0).Select(b => new { b.DepotId, b.ItemId })
                .Union(db.Quotas.Select(q => new { q.DepotId, q.ItemId }));
        if (depots is not null)
            keys = keys.Where(k => depots.Contains(k.DepotId));
        if (FiltersItems(filter.Item, filter.Class))
        {
            var items = ItemsMatching(filter.Item, filter.Class);
            keys = keys.Where(k => items.Any(i => i.Id == k.ItemId));
        }
        return
            from k in keys
            join i in db.Items on k.ItemId equals i.Id
            join d in db.Depots on k.DepotId equals d.Id
            orderby d.Code, i.Code
            select new SummaryKey { DepotId = k.DepotId, ItemId = k.ItemId, DepotCode = d.Code, ItemCode = i.Code };
    }

    /// Names, sums and quota, looked up only for the keys given: the sort sees the keys and their codes alone.
    private IQueryable<StockSummaryRow> SummaryRows(IQueryable<SummaryKey> keys) => (
            from p in keys
            join i in db.Items on p.ItemId equals i.Id
            join d in db.Depots on p.DepotId equals d.Id
            join q in db.Quotas on new { p.DepotId, p.ItemId } equals new { q.DepotId, q.ItemId } into quotas
            from q in quotas.DefaultIfEmpty()
            orderby p.DepotCode, p.ItemCode
            select new StockSummaryRow(d.Id, d.Code, d.Name, i.Id, i.Code, i.Name, i.Specification, i.Class, i.Unit,
                db.StockBalances.Where(b => b.DepotId == p.DepotId && b.ItemId == p.ItemId).Sum(b => (int?)b.OnHand) ?? 0,
                db.StockBalances.Where(b => b.DepotId == p.DepotId && b.ItemId == p.ItemId).Sum(b => (int?)b.Reserved) ?? 0,
                q == null ? null : q.Minimum, q == null ? null : q.Target, q == null ? null : q.ReserveFloor))
        .AsNoTracking();

    /// The balance rows in report order, of one depot when given (one the caller may see), with their count when asked.
    private async Task<(IQueryable<StockBalanceRow> Rows, int Total)> BalancesQueryAsync(StockFilter filter, bool count,
        CancellationToken cancellationToken, int? depot = null)
    {
        var depots = depot is { } one ? [one] : await VisibleDepotsAsync(filter.Depot, cancellationToken);
        var items = ItemsMatching(filter.Item, filter.Class);
        var horizon = clock.Today.AddDays(NearExpiryDays);
        var query =
            from b in InDepots(db.StockBalances, depots)
            where b.OnHand > 0
            join i in items on b.ItemId equals i.Id
            join d in db.Depots on b.DepotId equals d.Id
            join l in db.Locations on b.LocationId equals l.Id into locations
            from l in locations.DefaultIfEmpty()
            join bt in db.Batches on b.BatchId equals bt.Id into batches
            from bt in batches.DefaultIfEmpty()
            join u in db.EquipmentUnits on b.EquipmentUnitId equals u.Id into units
            from u in units.DefaultIfEmpty()
            where !filter.NearExpiry || (bt != null && bt.Expiry <= horizon)
            select new
            {
                b.Id, DepotCode = d.Code, DepotName = d.Name, ItemCode = i.Code, ItemName = i.Name, i.Unit, i.Class,
                LocationCode = l.Code, BatchNumber = bt.Number, bt.Lot, Expiry = bt == null ? (DateOnly?)null : bt.Expiry,
                u.AssetNumber, u.SerialNumber, b.Mode, b.OnHand, b.Reserved, b.BatchId, UnitId = b.EquipmentUnitId,
            };
        var total = count ? await query.CountAsync(cancellationToken) : 0;
        var ordered = filter.NearExpiry
            ? query.OrderBy(r => r.Expiry).ThenBy(r => r.DepotCode).ThenBy(r => r.Id)
            : query.OrderBy(r => r.DepotCode).ThenBy(r => r.ItemCode).ThenBy(r => r.Expiry).ThenBy(r => r.LocationCode).ThenBy(r => r.Id);
        return (ordered.Select(r => new StockBalanceRow(r.Id, r.DepotCode, r.DepotName, r.ItemCode, r.ItemName, r.Unit, r.Class,
            r.LocationCode, r.BatchNumber, r.Lot, r.Expiry, r.AssetNumber, r.SerialNumber, r.Mode, r.OnHand, r.Reserved,
            r.BatchId, r.UnitId)), total);
    }

    public async Task<Paged<LedgerRow>> LedgerAsync(LedgerFilter filter, CancellationToken cancellationToken)
    {
        var (query, total) = await LedgerQueryAsync(filter, count: true, cancellationToken,
            page: ((filter.SafePage - 1) * filter.SafeSize, filter.SafeSize));
        var rows = await query.ToListAsync(cancellationToken);
        return new Paged<LedgerRow>(rows, total, filter.SafePage, filter.SafeSize);
    }

    /// The ledger's rows newest first; with <paramref name="page"/> only that page's. The page is cut from the movements
    /// before anything is joined to them: cut after the joins, PostgreSQL expected a depot's rows spread evenly through
    /// the ledger and walked it backwards from the newest row, all million rows for a depot that seldom moves.
    private async Task<(IQueryable<LedgerRow> Rows, int Total)> LedgerQueryAsync(LedgerFilter filter, bool count,
        CancellationToken cancellationToken, (int Skip, int Take)? page = null)
    {
        var depots = await VisibleDepotsAsync(filter.Depot, cancellationToken);
        var items = ItemsMatching(filter.Item, null);
        var fromUtc = filter.From is { } f ? TimeZoneInfo.ConvertTimeToUtc(f.ToDateTime(TimeOnly.MinValue), clock.Zone) : (DateTime?)null;
        var toUtc = filter.To is { } t ? TimeZoneInfo.ConvertTimeToUtc(t.AddDays(1).ToDateTime(TimeOnly.MinValue), clock.Zone)
            : (DateTime?)null;
        var movements = InDepots(db.StockMovements, depots)
            .Where(m => (filter.Kind == null || m.Kind == filter.Kind)
                && (fromUtc == null || m.OccurredAt >= fromUtc)
                && (toUtc == null || m.OccurredAt < toUtc));
        if (FiltersItems(filter.Item, null))
            movements = movements.Where(m => items.Any(i => i.Id == m.ItemId));
        // Every joined row below is required by a foreign key or left-joined, so the movements alone give the count;
        // the whole ledger's is its chain's length.
        var whole = depots is null && filter is { Kind: null, From: null, To: null } && !FiltersItems(filter.Item, null);
        var total = !count ? 0
            : whole ? await ChainLengths.OfAsync(db, HashChain.Ledger, cancellationToken)
            : await movements.CountAsync(cancellationToken);
        if (page is { } cut)
            movements = movements.OrderByDescending(m => m.Id).Skip(cut.Skip).Take(cut.Take);
        var query =
            from m in movements
            join doc in db.StockDocuments on m.DocumentId equals doc.Id
            join i in db.Items on m.ItemId equals i.Id
            join d in db.Depots on m.DepotId equals d.Id
            join l in db.Locations on m.LocationId equals l.Id into locations
            from l in locations.DefaultIfEmpty()
            join bt in db.Batches on m.BatchId equals bt.Id into batches
            from bt in batches.DefaultIfEmpty()
            join u in db.EquipmentUnits on m.EquipmentUnitId equals u.Id into units
            from u in units.DefaultIfEmpty()
            select new
            {
                m.Id, m.OccurredAt, DocumentNumber = doc.Number, DocumentId = doc.Id, m.Kind, doc.Reason, DepotCode = d.Code,
                ItemCode = i.Code, ItemName = i.Name, i.Unit, LocationCode = l.Code, BatchNumber = bt.Number, u.SerialNumber,
                m.Quantity, m.BalanceAfter, m.UserName,
            };
        return (query.OrderByDescending(r => r.Id)
            .Select(r => new LedgerRow(r.Id, r.OccurredAt, r.DocumentNumber, r.DocumentId, r.Kind, r.Reason, r.DepotCode, r.ItemCode,
                r.ItemName, r.Unit, r.LocationCode, r.BatchNumber, r.SerialNumber, r.Quantity, r.BalanceAfter, r.UserName)), total);
    }

    public async Task<IReadOnlyList<DepotOption>> DepotOptionsAsync(CancellationToken cancellationToken)
    {
        var all = await db.Depots.AsNoTracking().OrderBy(d => d.Kind).ThenBy(d => d.Code)
            .Select(d => new DepotOption(d.Id, d.Code, d.Name)).ToListAsync(cancellationToken);
        return all.Where(d => user.CanSee(d.Id)).ToList();
    }

    /// The depots the caller asked for and may see; null when that is every depot, so that no query carries an IN
    /// list of all depot ids (SQLite's planner then walks items instead of depots and a 2 ms report takes 500 ms).
    private async Task<List<int>?> VisibleDepotsAsync(string? depotCode, CancellationToken cancellationToken)
    {
        var code = depotCode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code) && !user.IsDepotBound)
            return null;
        var ids = await db.Depots.Where(d => string.IsNullOrEmpty(code) || d.Code == code).Select(d => d.Id).ToListAsync(cancellationToken);
        return ids.Where(user.CanSee).ToList();
    }

    private static IQueryable<StockBalance> InDepots(IQueryable<StockBalance> rows, List<int>? depots) =>
        depots is null ? rows : rows.Where(r => depots.Contains(r.DepotId));

    private static IQueryable<StockMovement> InDepots(IQueryable<StockMovement> rows, List<int>? depots) =>
        depots is null ? rows : rows.Where(r => depots.Contains(r.DepotId));

    private static bool FiltersItems(string? text, SupplyClass? supplyClass) => supplyClass is not null || !string.IsNullOrWhiteSpace(text);

    private IQueryable<Item> ItemsMatching(string? text, SupplyClass? supplyClass)
    {
        var items = db.Items.AsNoTracking();
        if (supplyClass is { } c)
            items = items.Where(i => i.Class == c);
        var search = text?.Trim();
        if (!string.IsNullOrEmpty(search))
        {
            var upper = search.ToUpperInvariant();
            items = items.Where(i => i.Code == upper || i.Name.Contains(search) || i.Code.StartsWith(upper));
        }
        return items;
    }
}

