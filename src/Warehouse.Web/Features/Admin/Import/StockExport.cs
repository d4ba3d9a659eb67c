using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;

namespace Warehouse.Web.Features.Admin.Import;

/// The stock on hand in the opening-stock sheet's layout, one row per balance: imported into another installation it
/// posts the same stock; imported back here every row is unchanged. The rows are read untracked and written as they arrive.
public sealed class StockExport(WarehouseDbContext db, ImportTemplate template, IStringLocalizer<SharedResource> localizer)
{
    /// How many rows the workbook will hold, to decide whether it is written in the background.
    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        db.StockBalances.CountAsync(b => b.OnHand > 0, cancellationToken);

    public Task WriteAsync(Stream output, Action counted, CancellationToken cancellationToken) =>
        template.WriteAsync(output, kind => kind == ImportKind.OpeningStock ? Rows().Select(r => CatalogExport.Counted(r, counted)) : null,
            cancellationToken);

    private IAsyncEnumerable<string[]> Rows() => db.StockBalances.AsNoTracking().Where(b => b.OnHand > 0)
        .OrderBy(b => b.Depot!.Code).ThenBy(b => b.Location!.Code).ThenBy(b => b.Item!.Code).ThenBy(b => b.Batch!.Lot)
        .ThenBy(b => b.EquipmentUnit!.SerialNumber)
        .Select(b => new { Depot = b.Depot!.Code, Location = b.Location!.Code, Item = b.Item!.Code, b.OnHand, b.Batch!.Lot,
            Expiry = (DateOnly?)b.Batch!.Expiry, b.EquipmentUnit!.SerialNumber, b.Mode })
        .AsAsyncEnumerable()
        .Select(b => new[]
        {
            b.Depot, b.Location ?? "", b.Item, b.OnHand.ToString(CultureInfo.InvariantCulture), b.Lot ?? "",
            b.Expiry?.ToString("yyyy-MM-dd") ?? "", b.SerialNumber ?? "", localizer[$"Mode.{b.Mode}"].Value,
        });
}
