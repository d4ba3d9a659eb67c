using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Admin.Import;

/// Sets each valid draft's action against the database: new code → add, same code with other values → update, same
/// values → unchanged (so the same workbook uploaded twice changes nothing). Refuses items naming an unknown
/// department or changing an existing item's tracking. Departments are compared here too: items name them.
public static class ItemComparison
{
    public static async Task ClassifyAsync(WarehouseDbContext db, ImportPlan plan, IStringLocalizer localizer,
        CancellationToken cancellationToken)
    {
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, cancellationToken);
        foreach (var draft in plan.Departments)
            plan.Mark(ImportKind.Departments, localizer[ImportKind.Departments.SheetKey], draft.Row, draft.Code,
                !departments.TryGetValue(draft.Code, out var old) ? RowAction.Add
                : old.Name == draft.Name ? RowAction.Unchanged : RowAction.Update);
        var departmentCodes = departments.Keys.Concat(plan.Departments.Select(d => d.Code)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var codes = plan.Items.Select(i => i.Code).ToList();
        var items = await db.Items.AsNoTracking().Include(i => i.Department).Where(i => codes.Contains(i.Code))
            .ToDictionaryAsync(i => i.Code, cancellationToken);
        var sheet = localizer[ImportKind.Items.SheetKey];
        foreach (var draft in plan.Items.ToList())
        {
            var held = items.GetValueOrDefault(draft.Code);
            var refusal = draft.DepartmentCode is { } code && !departmentCodes.Contains(code) ? Errors.ImportUnknownDepartment(code)
                : held is not null && held.Tracking != draft.Tracking ? Errors.ImportTrackingChanged(draft.Code)
                : null;
            if (refusal is not null)
            {
                plan.Items.Remove(draft);
                plan.Refuse(sheet, draft.Row, draft.Code, ApiProblems.Localize(refusal, localizer));
                continue;
            }
            var action = held is null ? RowAction.Add : Same(held, draft) ? RowAction.Unchanged : RowAction.Update;
            plan.Mark(ImportKind.Items, sheet, draft.Row, draft.Code, action);
        }
    }

    private static bool Same(Item held, ItemDraft draft) =>
        held.Name == draft.Name && held.Class == draft.Class && held.Unit == draft.Unit && held.Specification == draft.Specification
        && held.Gtin == draft.Gtin && held.ShelfLifeDays == draft.ShelfLifeDays && held.MaintenanceIntervalDays == draft.MaintenanceDays
        && held.UnitPrice == draft.UnitPrice && held.Returnable == draft.Returnable
        && string.Equals(held.Department?.Code, draft.DepartmentCode, StringComparison.OrdinalIgnoreCase);
}
