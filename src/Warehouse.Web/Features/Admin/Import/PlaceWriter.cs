using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Domain.Catalog;

namespace Warehouse.Web.Features.Admin.Import;

/// Writes a confirmed workbook's depots, locations and quotas inside the import's transaction; unchanged rows are skipped.
public sealed class PlaceWriter(WarehouseDbContext db)
{
    public async Task WriteDepotsAndLocationsAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        var depots = await db.Depots.ToDictionaryAsync(d => d.Code, cancellationToken);
        foreach (var draft in plan.Depots.Where(d => !plan.IsUnchanged(ImportKind.Depots, d.Code)))
        {
            var position = new GeoPoint(draft.Latitude, draft.Longitude);
            if (!depots.TryGetValue(draft.Code, out var depot))
                depots[draft.Code] = depot = db.Depots.Add(new Depot(draft.Code, draft.Name, draft.Kind, position)).Entity;
            else
                depot.Touch();
            depot.Update(draft.Name, draft.Kind, position, draft.Address, draft.Contact, draft.Phone);
        }
        await db.SaveChangesAsync(cancellationToken);
        var locations = await db.Locations.ToDictionaryAsync(l => l.Code, cancellationToken);
        foreach (var draft in plan.Locations.Where(l => !plan.IsUnchanged(ImportKind.Locations, l.Code)))
        {
            if (locations.TryGetValue(draft.Code, out var location))
            {
                location.Update(draft.Name, location.Active);
                location.Touch();
            }
            else
                db.Locations.Add(new Location(depots[draft.DepotCode], draft.Bin, draft.Name));
        }
    }

    public async Task WriteQuotasAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        var depots = await db.Depots.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id, cancellationToken);
        var codes = plan.Quotas.Select(q => q.ItemCode).Distinct().ToList();
        var items = await db.Items.AsNoTracking().Where(i => codes.Contains(i.Code))
            .ToDictionaryAsync(i => i.Code, i => i.Id, cancellationToken);
        var held = await db.Quotas.ToDictionaryAsync(q => (q.DepotId, q.ItemId), cancellationToken);
        foreach (var draft in plan.Quotas.Where(q => !plan.IsUnchanged(ImportKind.Quotas, q.Key)))
        {
            var key = (depots[draft.DepotCode], items[draft.ItemCode]);
            if (held.TryGetValue(key, out var quota))
            {
                quota.Set(draft.Minimum, draft.Target);
                quota.Touch();
            }
            else
                quota = db.Quotas.Add(new Quota(key.Item1, key.Item2, draft.Minimum, draft.Target)).Entity;
            // After the target: a new target lowers a floor above it.
            quota.SetReserveFloor(draft.ReserveFloor);
        }
    }
}
