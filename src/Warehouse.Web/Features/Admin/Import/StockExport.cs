using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;

namespace Warehouse.Web.Features.Admin.Import;

/// The stock on hand in the opening-stock sheet's layout, one row per balance: imported into another installation it
/// posts the same stock; imported back here every row is unchanged.
public sealed class StockExport(WarehouseDbContext db, ImportTemplate template, IStringLocalizer<SharedResource> localizer)
{
    public async Task<byte[]> BuildAsync(CancellationToken cancellationToken)
    {
        var balances = await db.StockBalances.AsNoTracking().Where(b => b.OnHand > 0)
            .OrderBy(b => b.Depot!.Code).ThenBy(b => b.Location!.Code).ThenBy(b => b.Item!.Code).ThenBy(b => b.Batch!.Lot)
            .ThenBy(b => b.EquipmentUnit!.SerialNumber)
            .Select(b => new { Depot = b.Depot!.Code, Location = b.Location!.Code, Item = b.Item!.Code, b.OnHand, b.Batch!.Lot,
                Expiry = (DateOnly?)b.Batch!.Expiry, b.EquipmentUnit!.SerialNumber, b.Mode })
            .ToListAsync(cancellationToken);
        var rows = balances.Select(b => new[]
        {
            b.Depot, b.Location ?? "", b.Item, b.OnHand.ToString(System.Globalization.CultureInfo.InvariantCulture), b.Lot ?? "",
            b.Expiry?.ToString("yyyy-MM-dd") ?? "", b.SerialNumber ?? "", localizer[$"Mode.{b.Mode}"].Value,
        }).ToList();
        return template.Build(new Dictionary<string, List<string[]>> { [ImportKind.OpeningStock.Name] = rows });
    }
}
