using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Admin.Import;

/// Sets each depot, location and quota draft's action against the database, and refuses a location or quota whose
/// depot or item is neither in the database nor in this workbook.
public static class PlaceComparison
{
    public static async Task ClassifyAsync(WarehouseDbContext db, ImportPlan plan, IStringLocalizer localizer,
        CancellationToken cancellationToken)
    {
        var depots = await db.Depots.AsNoTracking().ToDictionaryAsync(d => d.Code, cancellationToken);
        foreach (var draft in plan.Depots)
            plan.Mark(ImportKind.Depots, localizer[ImportKind.Depots.SheetKey], draft.Row, draft.Code,
                !depots.TryGetValue(draft.Code, out var held) ? RowAction.Add : Same(held, draft) ? RowAction.Unchanged : RowAction.Update);
        var depotCodes = depots.Keys.Concat(plan.Depots.Select(d => d.Code)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        await LocationsAsync(db, plan, depotCodes, localizer, cancellationToken);
        await QuotasAsync(db, plan, depotCodes, localizer, cancellationToken);
    }

    private static async Task LocationsAsync(WarehouseDbContext db, ImportPlan plan, HashSet<string> depotCodes, IStringLocalizer localizer,
        CancellationToken cancellationToken)
    {
        var sheet = localizer[ImportKind.Locations.SheetKey];
        var held = await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Code, l => l.Name, cancellationToken);
        foreach (var draft in plan.Locations.ToList())
        {
            if (!depotCodes.Contains(draft.DepotCode))
            {
                plan.Locations.Remove(draft);
                plan.Refuse(sheet, draft.Row, draft.Code, ApiProblems.Localize(Errors.ImportUnknownDepot(draft.DepotCode), localizer));
                continue;
            }
            plan.Mark(ImportKind.Locations, sheet, draft.Row, draft.Code,
                !held.TryGetValue(draft.Code, out var name) ? RowAction.Add : name == draft.Name ? RowAction.Unchanged : RowAction.Update);
        }
    }

    private static async Task QuotasAsync(WarehouseDbContext db, ImportPlan plan, HashSet<string> depotCodes, IStringLocalizer localizer,
        CancellationToken cancellationToken)
    {
        var sheet = localizer[ImportKind.Quotas.SheetKey];
        var itemCodes = plan.Items.Select(i => i.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var named = plan.Quotas.Select(q => q.ItemCode).Distinct().ToList();
        itemCodes.UnionWith(await db.Items.Where(i => named.Contains(i.Code)).Select(i => i.Code).ToListAsync(cancellationToken));
        var held = await db.Quotas.AsNoTracking().Select(q => new { q.Depot!.Code, Item = q.Item!.Code, q.Minimum, q.Target, q.ReserveFloor })
            .ToDictionaryAsync(q => $"{q.Code} / {q.Item}", q => (q.Minimum, q.Target, q.ReserveFloor), cancellationToken);
        foreach (var draft in plan.Quotas.ToList())
        {
            var refusal = !depotCodes.Contains(draft.DepotCode) ? Errors.ImportUnknownDepot(draft.DepotCode)
                : !itemCodes.Contains(draft.ItemCode) ? Errors.ImportUnknownItem(draft.ItemCode) : null;
            if (refusal is not null)
            {
                plan.Quotas.Remove(draft);
                plan.Refuse(sheet, draft.Row, draft.Key, ApiProblems.Localize(refusal, localizer));
                continue;
            }
            plan.Mark(ImportKind.Quotas, sheet, draft.Row, draft.Key, !held.TryGetValue(draft.Key, out var old) ? RowAction.Add
                : old == (draft.Minimum, draft.Target, draft.ReserveFloor) ? RowAction.Unchanged : RowAction.Update);
        }
    }

    private static bool Same(Depot held, DepotDraft draft) =>
        held.Name == draft.Name && held.Kind == draft.Kind && held.Latitude == draft.Latitude && held.Longitude == draft.Longitude
        && held.Address == draft.Address && held.Contact == draft.Contact && held.Phone == draft.Phone;
}
