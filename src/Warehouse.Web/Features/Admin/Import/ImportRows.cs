namespace Warehouse.Web.Features.Admin.Import;

/// What a confirmed import would do with a row.
public enum RowAction
{
    Add,
    Update,
    Unchanged,
    Refused,
}

/// One row of the preview: where it is, its code, what happens to it, and for a refused row why.
public sealed record ImportRow(string Sheet, int Row, string Code, RowAction Action, string? Reason = null);

/// A department as a valid row gives it.
public sealed record DepartmentDraft(int Row, string Code, string Name);

/// An item as a valid row gives it; the department by its code.
public sealed record ItemDraft(int Row, string Code, string Name, Domain.Catalog.SupplyClass Class, string Unit, string? Specification,
    string? Gtin, Domain.Catalog.TrackingMode Tracking, int? ShelfLifeDays, int? MaintenanceDays, decimal UnitPrice, bool Returnable,
    string? DepartmentCode);

/// A depot as a valid row gives it.
public sealed record DepotDraft(int Row, string Code, string Name, Domain.Catalog.DepotKind Kind, double Latitude, double Longitude,
    string? Address, string? Contact, string? Phone);

/// A location (bin) of a depot named by its code.
public sealed record LocationDraft(int Row, string DepotCode, string Bin, string? Name)
{
    public string Code => $"{DepotCode}-{Bin}";
}

/// A quota of an item at a depot, both by code, with its reserve floor (储备底线, 0 for none).
public sealed record QuotaDraft(int Row, string DepotCode, string ItemCode, int Minimum, int Target, int ReserveFloor = 0)
{
    public string Key => $"{DepotCode} / {ItemCode}";
}

/// A line of opening stock: where it is, what, how many, and its lot or serial number and storage mode.
public sealed record OpeningStockDraft(int Row, string DepotCode, string? LocationCode, string ItemCode, int Quantity, string? Lot,
    DateOnly? Expiry, string? Serial, Domain.Catalog.StorageMode Mode)
{
    /// How the preview names the row: depot, location, item, then lot or serial number.
    public string Code => string.Join(" / ", new[] { DepotCode, LocationCode, ItemCode, Lot, Serial }.Where(p => p is not null));

    /// What makes the line one balance: two rows with the same key would be one line of stock.
    public string Key => $"{Code} / {(int)Mode}";
}

/// Everything a workbook holds, checked: the preview's rows and the valid drafts a confirmation writes.
public sealed class ImportPlan
{
    public List<ImportRow> Rows { get; } = [];
    public List<DepartmentDraft> Departments { get; } = [];
    public List<ItemDraft> Items { get; } = [];
    public List<DepotDraft> Depots { get; } = [];
    public List<LocationDraft> Locations { get; } = [];
    public List<QuotaDraft> Quotas { get; } = [];
    public List<OpeningStockDraft> OpeningStock { get; } = [];
    public List<UserDraft> Users { get; } = [];

    /// Rows that match the database already, as "kind:code"; a confirmation leaves them alone.
    public HashSet<string> Unchanged { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool IsUnchanged(ImportKind kind, string code) => Unchanged.Contains($"{kind.Name}:{code}");

    /// A refusal of the whole file (not a workbook, no known sheet), shown above the rows.
    public string? FileRefusal { get; set; }

    public int Count(RowAction action) => Rows.Count(r => r.Action == action);

    public bool CanConfirm => FileRefusal is null && Count(RowAction.Refused) == 0 && (Count(RowAction.Add) + Count(RowAction.Update)) > 0;

    public void Refuse(string sheet, int row, string code, string reason) =>
        Rows.Add(new ImportRow(sheet, row, code, RowAction.Refused, reason));

    /// Records what a confirmation would do with a valid row.
    public void Mark(ImportKind kind, string sheet, int row, string code, RowAction action)
    {
        if (action == RowAction.Unchanged)
            Unchanged.Add($"{kind.Name}:{code}");
        Rows.Add(new ImportRow(sheet, row, code, action));
    }
}
