using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Warehouse.Web.Features.Admin.Import;

/// One kind of record the workbook carries: its sheet and columns, each named by a resource key, so the template's
/// headings follow the user's language and an upload is read in either language.
public sealed record ImportKind(string Name, IReadOnlyList<ImportColumn> Columns)
{
    public static readonly ImportKind Departments = new("Departments", [new("Code", true), new("Name", true)]);

    public static readonly ImportKind Items = new("Items",
    [
        new("Code", true), new("Name", true), new("Class", true), new("Unit", true), new("Specification", false),
        new("Gtin", false), new("Tracking", true), new("ShelfLifeDays", false), new("MaintenanceDays", false),
        new("UnitPrice", false), new("Returnable", false), new("Department", false),
    ]);

    public static readonly ImportKind Depots = new("Depots",
    [
        new("Code", true), new("Name", true), new("Kind", true), new("Latitude", true), new("Longitude", true), new("Address", false),
        new("Contact", false), new("Phone", false),
    ]);

    public static readonly ImportKind Locations = new("Locations", [new("Depot", true), new("Bin", true), new("Name", false)]);

    public static readonly ImportKind Quotas =
        new("Quotas", [new("Depot", true), new("Item", true), new("Minimum", true), new("Target", true), new("ReserveFloor", false)]);

    /// What is on the shelves on the first day, posted as opening balances; the location by its code or its bin.
    public static readonly ImportKind OpeningStock = new("OpeningStock",
    [
        new("Depot", true), new("Location", false), new("Item", true), new("Quantity", true), new("Lot", false), new("Expiry", false),
        new("Serial", false), new("Mode", false),
    ]);

    /// People: roles, depots and department; never a password.
    public static readonly ImportKind Users = new("Users",
        [new("UserName", true), new("DisplayName", true), new("Roles", true), new("Depots", false), new("Department", false)]);

    /// The kinds in the order they are read and written: a later kind may name an earlier one's codes.
    public static readonly IReadOnlyList<ImportKind> All = [Departments, Depots, Locations, Items, Quotas, OpeningStock, Users];

    public string SheetKey => $"Import.Sheet.{Name}";

    public string HeadingKey(ImportColumn column) => $"Import.{Name}.{column.Key}";

    public string NoteKey(ImportColumn column) => $"Import.{Name}.{column.Key}.Note";
}

/// A column of a sheet; a required one must be present as a heading and filled on every row.
public sealed record ImportColumn(string Key, bool Required);

/// Resource texts in both of the product's languages, for reading headings and values typed in either.
public sealed class BothLanguages(IStringLocalizer<SharedResource> localizer)
{
    private static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    // A sheet of ten thousand rows asks for the same few keys on every row; switching cultures to look each up was slow.
    private readonly Dictionary<string, IReadOnlyList<string>> _texts = [];

    /// The key's text in Chinese and in English.
    public IReadOnlyList<string> Texts(string key)
    {
        if (!_texts.TryGetValue(key, out var texts))
            _texts[key] = texts = Look(key);
        return texts;
    }

    private IReadOnlyList<string> Look(string key)
    {
        var current = CultureInfo.CurrentUICulture;
        try
        {
            return Cultures.Select(c =>
            {
                CultureInfo.CurrentUICulture = c;
                return localizer[key].Value.Trim();
            }).Distinct().ToList();
        }
        finally
        {
            CultureInfo.CurrentUICulture = current;
        }
    }

    /// Whether the text names this key in either language (or is the key's own last part, e.g. "Batch").
    public bool Names(string key, string text) =>
        Texts(key).Any(t => string.Equals(t, text.Trim(), StringComparison.OrdinalIgnoreCase))
        || string.Equals(key[(key.LastIndexOf('.') + 1)..], text.Trim(), StringComparison.OrdinalIgnoreCase);
}
