using Microsoft.Extensions.Localization;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Web.Features.Admin.Import;

/// Turns the departments' and items' rows into drafts, each checked by the same domain rules the catalog pages use;
/// a row that breaks one is refused with its reason, and a code seen twice in one sheet is refused the second time.
public sealed class CatalogSheets(IStringLocalizer<SharedResource> localizer, BothLanguages languages)
{
    public DepartmentDraft? Department(SheetRow row, RowReader read)
    {
        var code = read.Text("Code");
        var name = read.Text("Name");
        return Checked(read, () => new Department(code, name)) is { } department
            ? new DepartmentDraft(row.Number, department.Code, name)
            : null;
    }

    public ItemDraft? Item(SheetRow row, RowReader read)
    {
        var (code, name) = (read.Text("Code"), read.Text("Name"));
        var supplyClass = read.Choice<SupplyClass>("Class", "Class");
        var (unit, specification, gtin) = (read.Text("Unit"), read.Optional("Specification"), read.Optional("Gtin"));
        var tracking = read.Choice<TrackingMode>("Tracking", "Tracking");
        var (shelfLife, maintenance) = (read.Whole("ShelfLifeDays"), read.Whole("MaintenanceDays"));
        var (price, returnable, department) = (read.Money("UnitPrice"), read.YesNo("Returnable"), read.Optional("Department"));
        var item = Checked(read, () =>
        {
            var checkedItem = new Item(code, name, supplyClass, unit, tracking);
            checkedItem.Describe(name, specification, supplyClass, unit);
            checkedItem.SetGtin(gtin);
            checkedItem.SetKeeping(shelfLife, maintenance, returnable, price, null);
            return checkedItem;
        });
        return item is null ? null : new ItemDraft(row.Number, item.Code, item.Name, item.Class, item.Unit, item.Specification, item.Gtin,
            item.Tracking, item.ShelfLifeDays, item.MaintenanceIntervalDays, item.UnitPrice, item.Returnable,
            department?.ToUpperInvariant());
    }

    /// Reads every row of a sheet through the given parser into the plan, refusing duplicates within the sheet.
    public void Read<T>(ImportPlan plan, ImportKind kind, IEnumerable<SheetRow> rows, Func<SheetRow, RowReader, T?> parse, List<T> into,
        Func<T, string> codeOf) where T : class
    {
        var sheet = localizer[kind.SheetKey].Value;
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var read = new RowReader(row, kind, localizer, languages);
            var draft = parse(row, read);
            var code = draft is null ? row.Text(kind.Columns[0].Key) : codeOf(draft);
            if (draft is not null && seen.TryGetValue(code, out var first))
                read.Refuse(Errors.ImportDuplicateCode(code, first.ToString()));
            if (draft is null || read.Reason is not null)
            {
                plan.Refuse(sheet, row.Number, code, read.Reason ?? "");
                continue;
            }
            seen[code] = row.Number;
            into.Add(draft);
        }
    }

    /// The record the domain makes of the row's values, or null with the row refused for the rule it breaks.
    internal static T? Checked<T>(RowReader read, Func<T> make) where T : class
    {
        if (read.Reason is not null)
            return null;
        try
        {
            return make();
        }
        catch (DomainException refused)
        {
            read.Refuse(refused.Error);
            return null;
        }
    }
}
