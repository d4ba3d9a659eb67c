using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Stock;

public sealed record StockFilter
{
    public const int MaxPageSize = 1000;

    public string? Depot { get; init; }
    public string? Item { get; init; }
    public SupplyClass? Class { get; init; }
    public bool BelowQuota { get; init; }
    public bool NearExpiry { get; init; }
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 50;

    public int SafePage => Math.Max(1, Page);
    public int SafeSize => Math.Clamp(Size, 1, MaxPageSize);
}

public sealed record LedgerFilter
{
    public string? Depot { get; init; }
    public string? Item { get; init; }
    public MovementKind? Kind { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 50;

    public int SafePage => Math.Max(1, Page);
    public int SafeSize => Math.Clamp(Size, 1, StockFilter.MaxPageSize);
}

public sealed record Paged<T>(IReadOnlyList<T> Rows, int Total, int Page, int Size)
{
    public int Pages => Math.Max(1, (Total + Size - 1) / Size);
}

/// One item at one depot: what is there against its quota.
public sealed record StockSummaryRow(int DepotId, string DepotCode, string DepotName, int ItemId, string ItemCode, string ItemName,
    string? Specification, SupplyClass Class, string Unit, int OnHand, int Reserved, int? Minimum, int? Target)
{
    public int Available => OnHand - Reserved;
    public bool BelowQuota => Minimum is { } minimum && OnHand < minimum;
}

/// One balance row: the batch, unit and location detail behind a summary row.
public sealed record StockBalanceRow(int Id, string DepotCode, string DepotName, string ItemCode, string ItemName, string Unit,
    SupplyClass Class, string? LocationCode, string? BatchNumber, string? Lot, DateOnly? Expiry, string? AssetNumber,
    string? SerialNumber, StorageMode Mode, int OnHand, int Reserved)
{
    public int Available => OnHand - Reserved;
}

public sealed record LedgerRow(long Id, DateTime OccurredAt, string DocumentNumber, int DocumentId, MovementKind Kind, StockReason Reason,
    string DepotCode, string ItemCode, string ItemName, string Unit, string? LocationCode, string? BatchNumber, string? SerialNumber,
    int Quantity, int BalanceAfter, string UserName);

/// The reads behind the stock pages, their exports and the stock API, limited to the depots the caller may see.
/// Quantities come from balances, never from summing the ledger.
public sealed class StockQueries(WarehouseDbContext db, CurrentUser user, BureauClock clock, IConfiguration configuration)
{
    public int NearExpiryDays => configuration.GetValue("Bureau:NearExpiryDays", 60);

    public async Task<Paged<StockSummaryRow>> SummaryAsync(StockFilter filter, CancellationToken cancellationToken)
    {
        var depots = await VisibleDepotsAsync(filter.Depot, cancellationToken);
        var items = ItemsMatching(filter.Item, filter.Class);
        var keys = db.StockBalances.Where(b => b.OnHand > 0 || b.Reserved > 0).Select(b => new { b.DepotId, b.ItemId })
            .Union(db.Quotas.Select(q => new { q.DepotId, q.ItemId }));
        var query =
            from k in keys
            where depots.Contains(k.DepotId)
            join i in items on k.ItemId equals i.Id
            join d in db.Depots on k.DepotId equals d.Id
            let onHand = db.StockBalances.Where(b => b.DepotId == k.DepotId && b.ItemId == k.ItemId).Sum(b => (int?)b.OnHand) ?? 0
            let reserved = db.StockBalances.Where(b => b.DepotId == k.DepotId && b.ItemId == k.ItemId).Sum(b => (int?)b.Reserved) ?? 0
            let quota = db.Quotas.FirstOrDefault(q => q.DepotId == k.DepotId && q.ItemId == k.ItemId)
            select new
            {
                DepotId = d.Id, DepotCode = d.Code, DepotName = d.Name, ItemId = i.Id, ItemCode = i.Code, ItemName = i.Name,
                i.Specification, i.Class, i.Unit, OnHand = onHand, Reserved = reserved,
                Minimum = quota == null ? (int?)null : quota.Minimum, Target = quota == null ? (int?)null : quota.Target,
            };
        if (filter.BelowQuota)
            query = query.Where(r => r.Minimum != null && r.OnHand < r.Minimum);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(r => r.DepotCode).ThenBy(r => r.ItemCode)
            .Skip((filter.SafePage - 1) * filter.SafeSize).Take(filter.SafeSize)
            .Select(r => new StockSummaryRow(r.DepotId, r.DepotCode, r.DepotName, r.ItemId, r.ItemCode, r.ItemName, r.Specification,
                r.Class, r.Unit, r.OnHand, r.Reserved, r.Minimum, r.Target))
            .ToListAsync(cancellationToken);
        return new Paged<StockSummaryRow>(rows, total, filter.SafePage, filter.SafeSize);
    }

    public async Task<Paged<StockBalanceRow>> BalancesAsync(StockFilter filter, CancellationToken cancellationToken)
    {
        var depots = await VisibleDepotsAsync(filter.Depot, cancellationToken);
        var items = ItemsMatching(filter.Item, filter.Class);
        var horizon = clock.Today.AddDays(NearExpiryDays);
        var query =
            from b in db.StockBalances
            where b.OnHand > 0 && depots.Contains(b.DepotId)
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
                u.AssetNumber, u.SerialNumber, b.Mode, b.OnHand, b.Reserved,
            };
        var total = await query.CountAsync(cancellationToken);
        var ordered = filter.NearExpiry
            ? query.OrderBy(r => r.Expiry).ThenBy(r => r.DepotCode).ThenBy(r => r.Id)
            : query.OrderBy(r => r.DepotCode).ThenBy(r => r.ItemCode).ThenBy(r => r.Expiry).ThenBy(r => r.LocationCode).ThenBy(r => r.Id);
        var rows = await ordered.Skip((filter.SafePage - 1) * filter.SafeSize).Take(filter.SafeSize)
            .Select(r => new StockBalanceRow(r.Id, r.DepotCode, r.DepotName, r.ItemCode, r.ItemName, r.Unit, r.Class, r.LocationCode,
                r.BatchNumber, r.Lot, r.Expiry, r.AssetNumber, r.SerialNumber, r.Mode, r.OnHand, r.Reserved))
            .ToListAsync(cancellationToken);
        return new Paged<StockBalanceRow>(rows, total, filter.SafePage, filter.SafeSize);
    }

    public async Task<Paged<LedgerRow>> LedgerAsync(LedgerFilter filter, CancellationToken cancellationToken)
    {
        var depots = await VisibleDepotsAsync(filter.Depot, cancellationToken);
        var items = ItemsMatching(filter.Item, null);
        var fromUtc = filter.From is { } f ? TimeZoneInfo.ConvertTimeToUtc(f.ToDateTime(TimeOnly.MinValue), clock.Zone) : (DateTime?)null;
        var toUtc = filter.To is { } t ? TimeZoneInfo.ConvertTimeToUtc(t.AddDays(1).ToDateTime(TimeOnly.MinValue), clock.Zone) : (DateTime?)null;
        var query =
            from m in db.StockMovements
            where depots.Contains(m.DepotId)
                && (filter.Kind == null || m.Kind == filter.Kind)
                && (fromUtc == null || m.OccurredAt >= fromUtc)
                && (toUtc == null || m.OccurredAt < toUtc)
            join doc in db.StockDocuments on m.DocumentId equals doc.Id
            join i in items on m.ItemId equals i.Id
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
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(r => r.Id)
            .Skip((filter.SafePage - 1) * filter.SafeSize).Take(filter.SafeSize)
            .Select(r => new LedgerRow(r.Id, r.OccurredAt, r.DocumentNumber, r.DocumentId, r.Kind, r.Reason, r.DepotCode, r.ItemCode,
                r.ItemName, r.Unit, r.LocationCode, r.BatchNumber, r.SerialNumber, r.Quantity, r.BalanceAfter, r.UserName))
            .ToListAsync(cancellationToken);
        return new Paged<LedgerRow>(rows, total, filter.SafePage, filter.SafeSize);
    }

    public async Task<IReadOnlyList<DepotOption>> DepotOptionsAsync(CancellationToken cancellationToken)
    {
        var all = await db.Depots.AsNoTracking().OrderBy(d => d.Kind).ThenBy(d => d.Code)
            .Select(d => new DepotOption(d.Id, d.Code, d.Name)).ToListAsync(cancellationToken);
        return all.Where(d => user.CanSee(d.Id)).ToList();
    }

    private async Task<List<int>> VisibleDepotsAsync(string? depotCode, CancellationToken cancellationToken)
    {
        var code = depotCode?.Trim().ToUpperInvariant();
        var ids = await db.Depots.Where(d => string.IsNullOrEmpty(code) || d.Code == code).Select(d => d.Id).ToListAsync(cancellationToken);
        return ids.Where(user.CanSee).ToList();
    }

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

public sealed record DepotOption(int Id, string Code, string Name);
