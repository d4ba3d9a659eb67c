using Microsoft.Extensions.Localization;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Web.Features.Admin.Import;

/// Reads the opening-stock sheet's rows into drafts: codes well formed, a whole positive quantity, a real date, a known
/// storage mode (government-held when left empty). Within the sheet, a serial number given twice is refused the second
/// time; the rest (a stock line given twice included) is checked by <see cref="OpeningStockComparison"/>.
public sealed class StockSheets(IStringLocalizer<SharedResource> localizer, BothLanguages languages)
{
    public static OpeningStockDraft? Opening(SheetRow row, RowReader read)
    {
        var (depot, location, item) = (read.Text("Depot"), read.Optional("Location"), read.Text("Item"));
        var quantity = read.Quantity("Quantity");
        var (lot, expiry, serial) = (read.Optional("Lot"), read.Date("Expiry"), read.Optional("Serial"));
        var mode = read.Optional("Mode") is null ? StorageMode.Government : read.Choice<StorageMode>("Mode", "Mode");
        return CatalogSheets.Checked(read, () => new OpeningStockDraft(row.Number, CatalogCodes.Normalize(depot, "Depot"),
            location is null ? null : CatalogCodes.Normalize(location, "Location"), CatalogCodes.Normalize(item, "Item"), quantity,
            CatalogText.Optional(lot, "Lot", Domain.Stock.StockRules.MaxLotLength), expiry,
            serial is null ? null : CatalogCodes.Normalize(serial, "SerialNumber"), mode));
    }

    public void Read(ImportPlan plan, IEnumerable<SheetRow> rows)
    {
        var kind = ImportKind.OpeningStock;
        var sheet = localizer[kind.SheetKey].Value;
        var serials = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var read = new RowReader(row, kind, localizer, languages);
            var draft = Opening(row, read);
            if (draft?.Serial is { } serial && serials.TryGetValue($"{draft.ItemCode}/{serial}", out var firstSerial))
                read.Refuse(Errors.ImportSerialDuplicated(serial, firstSerial.ToString()));
            if (draft is null || read.Reason is not null)
            {
                plan.Refuse(sheet, row.Number, draft?.Code ?? $"{row.Text("Depot")} / {row.Text("Item")}", read.Reason ?? "");
                continue;
            }
            if (draft.Serial is not null)
                serials[$"{draft.ItemCode}/{draft.Serial}"] = row.Number;
            plan.OpeningStock.Add(draft);
        }
    }
}
