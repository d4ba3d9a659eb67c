using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Suppliers;
using Warehouse.Domain.Catalog;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Catalog;

/// The departments page; <see cref="CanEdit"/> shows the new and edit links.
public sealed record DepartmentListPage(IReadOnlyList<Department> Rows, bool CanEdit);

/// An item's page: its catalog record and the supplier agreements (协议储备) that guarantee it, apart from our stock.
public sealed record ItemDetailPage(Item Item, IReadOnlyList<AgreementCover> Agreements);

/// The depots page, each depot with its number of bins; <see cref="CanEdit"/> shows the new and edit links.
public sealed record DepotListPage(IReadOnlyList<(Depot Depot, int Bins)> Rows, bool CanEdit);

/// The reads behind the catalog pages: lists, a record's details and the choices the forms offer. A list page says
/// whether the caller may change the catalog, as the policy on the edit pages decides.
public sealed partial class CatalogQueries(WarehouseDbContext db, CallerPermissions permissions, AgreementReserves agreements)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyList<Department>> DepartmentsAsync(CancellationToken cancellationToken) =>
        await db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);

    public async Task<DepartmentListPage> DepartmentListAsync(CancellationToken cancellationToken) =>
        new(await DepartmentsAsync(cancellationToken), await CanEditAsync());

    /// Every depot by code, for the forms' depot choices.
    public async Task<IReadOnlyList<Depot>> DepotsAsync(CancellationToken cancellationToken) =>
        await db.Depots.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);

    public async Task<bool> DepotExistsAsync(int id, CancellationToken cancellationToken) =>
        await db.Depots.AnyAsync(d => d.Id == id, cancellationToken);

    /// The depots by kind and code, each with how many bins it has.
    public async Task<DepotListPage> DepotListAsync(CancellationToken cancellationToken)
    {
        var depots = await db.Depots.AsNoTracking().OrderBy(d => d.Kind).ThenBy(d => d.Code).ToListAsync(cancellationToken);
        var bins = await db.Locations.GroupBy(l => l.DepotId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new(depots.Select(d => (d, bins.GetValueOrDefault(d.Id))).ToList(), await CanEditAsync());
    }

    /// One page of items, found by code prefix, name or GTIN, each with its stock on hand across depots.
    public async Task<ItemListPage> ItemsAsync(string? search, SupplyClass? @class, int page, CancellationToken cancellationToken)
    {
        var query = db.Items.AsNoTracking();
        if (@class is { } c)
            query = query.Where(i => i.Class == c);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            var upper = text.ToUpperInvariant();
            query = query.Where(i => i.Code.StartsWith(upper) || i.Name.Contains(text) || i.Gtin == text.PadLeft(14, '0'));
        }
        var total = await query.CountAsync(cancellationToken);
        page = Math.Max(1, page);
        var rows = await query.OrderBy(i => i.Code).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(i => new ItemListRow(i.Id, i.Code, i.Name, i.Specification, i.Class, i.Unit, i.Tracking, i.UnitPrice,
                i.Department == null ? null : i.Department.Name, i.Returnable, i.Active,
                db.StockBalances.Where(b => b.ItemId == i.Id).Sum(b => (int?)b.OnHand) ?? 0))
            .ToListAsync(cancellationToken);
        return new ItemListPage(rows, total, page, Math.Max(1, (total + PageSize - 1) / PageSize), search, @class,
            await CanEditAsync());
    }

    /// The item with the supplier agreements that cover it; null when there is none.
    public async Task<ItemDetailPage?> ItemDetailsAsync(int id, CancellationToken cancellationToken) =>
        await db.Items.AsNoTracking().Include(i => i.Department).SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is { } item
            ? new ItemDetailPage(item, await agreements.CoveringAsync(id, cancellationToken))
            : null;

    /// The item with this code (as typed: trimmed, upper case), tracked; null when there is none.
    public async Task<Item?> ItemByCodeAsync(string code, CancellationToken cancellationToken) =>
        await db.Items.SingleOrDefaultAsync(i => i.Code == code, cancellationToken);

    /// The bins of one depot (by its code) or of all, with the depots to choose from.
    public async Task<LocationListPage> LocationsAsync(string? depot, CancellationToken cancellationToken)
    {
        var code = depot?.Trim().ToUpperInvariant();
        var rows = await db.Locations.AsNoTracking()
            .Where(l => string.IsNullOrEmpty(code) || l.Depot!.Code == code)
            .OrderBy(l => l.Code)
            .Select(l => new LocationRow(l.Id, l.Code, l.Depot!.Name, l.Bin, l.Name, l.Active))
            .ToListAsync(cancellationToken);
        return new LocationListPage(rows, await DepotsAsync(cancellationToken), depot, await CanEditAsync());
    }

    /// The quota with its item, tracked for a change; null when there is none.
    public async Task<Quota?> QuotaAsync(int id, CancellationToken cancellationToken) =>
        await db.Quotas.Include(x => x.Item).SingleOrDefaultAsync(x => x.Id == id, cancellationToken);

    private Task<bool> CanEditAsync() => permissions.MayAsync(Policies.EditCatalog);
}
