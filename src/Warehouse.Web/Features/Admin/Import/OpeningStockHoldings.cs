using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Domain.Catalog;

namespace Warehouse.Web.Features.Admin.Import;

/// What an opening-stock sheet is checked against, read in a few queries for the whole sheet: the depots, locations and
/// items of the database and of this workbook, the named items' lots and units in stock, and the stock the named depots hold.
public sealed class OpeningStockHoldings
{
    public HashSet<string> Depots { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// Each location's depot, by the location's code.
    public Dictionary<string, string> LocationDepots { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, Item> Items { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// Each lot's expiry, by item code and lot.
    public Dictionary<(string Item, string Lot), DateOnly> Lots { get; } = [];

    /// Serial-numbered units in stock anywhere, as "item code/serial number".
    public HashSet<string> UnitsInStock { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// On hand of every balance the named depots hold, by <see cref="OpeningStockDraft.Key"/>.
    public Dictionary<string, int> OnHand { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static async Task<OpeningStockHoldings> ReadAsync(WarehouseDbContext db, ImportPlan plan, CancellationToken cancellationToken)
    {
        var held = new OpeningStockHoldings();
        held.Depots.UnionWith(await db.Depots.Select(d => d.Code).ToListAsync(cancellationToken));
        held.Depots.UnionWith(plan.Depots.Select(d => d.Code));
        foreach (var location in await db.Locations.Select(l => new { l.Code, Depot = l.Depot!.Code }).ToListAsync(cancellationToken))
            held.LocationDepots[location.Code] = location.Depot;
        foreach (var location in plan.Locations)
            held.LocationDepots.TryAdd(location.Code, location.DepotCode);
        await held.ReadItemsAsync(db, plan, cancellationToken);
        var depots = plan.OpeningStock.Select(s => s.DepotCode).Distinct().ToList();
        var balances = await db.StockBalances.AsNoTracking().Where(b => depots.Contains(b.Depot!.Code) && b.OnHand > 0)
            .Select(b => new { Depot = b.Depot!.Code, Location = b.Location!.Code, Item = b.Item!.Code, b.Batch!.Lot,
                b.EquipmentUnit!.SerialNumber, b.Mode, b.OnHand })
            .ToListAsync(cancellationToken);
        foreach (var b in balances)
            held.OnHand[new OpeningStockDraft(0, b.Depot, b.Location, b.Item, b.OnHand, b.Lot, null, b.SerialNumber, b.Mode).Key] = b.OnHand;
        return held;
    }

    private async Task ReadItemsAsync(WarehouseDbContext db, ImportPlan plan, CancellationToken cancellationToken)
    {
        var codes = plan.OpeningStock.Select(s => s.ItemCode).Distinct().ToList();
        foreach (var item in await db.Items.AsNoTracking().Where(i => codes.Contains(i.Code)).ToListAsync(cancellationToken))
            Items[item.Code] = item;
        foreach (var draft in plan.Items.Where(i => !Items.ContainsKey(i.Code)))
            Items[draft.Code] = new Item(draft.Code, draft.Name, draft.Class, draft.Unit, draft.Tracking);
        var lots = await db.Batches.AsNoTracking().Where(b => codes.Contains(b.Item!.Code))
            .Select(b => new { Item = b.Item!.Code, b.Lot, b.Expiry }).ToListAsync(cancellationToken);
        foreach (var lot in lots)
            Lots[(lot.Item, lot.Lot)] = lot.Expiry;
        var units = await db.EquipmentUnits.AsNoTracking().Where(u => codes.Contains(u.Item!.Code) && u.Status == EquipmentStatus.InStock)
            .Select(u => new { Item = u.Item!.Code, u.SerialNumber }).ToListAsync(cancellationToken);
        UnitsInStock.UnionWith(units.Select(u => $"{u.Item}/{u.SerialNumber}"));
    }
}
