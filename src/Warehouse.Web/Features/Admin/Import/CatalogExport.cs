using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;

namespace Warehouse.Web.Features.Admin.Import;

/// The catalog as it stands, in the import template's layout: edit it in Excel and import it back; rows left as they
/// were come back unchanged.
public sealed class CatalogExport(WarehouseDbContext db, ImportTemplate template, IStringLocalizer<SharedResource> localizer)
{
    public async Task<byte[]> BuildAsync(CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, List<string[]>>
        {
            ["Departments"] = await db.Departments.AsNoTracking().OrderBy(d => d.Code).Select(d => new[] { d.Code, d.Name })
                .ToListAsync(cancellationToken),
            ["Depots"] = (await db.Depots.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken))
                .Select(d => new[] { d.Code, d.Name, localizer[$"DepotKind.{d.Kind}"].Value, Number(d.Latitude), Number(d.Longitude),
                    d.Address ?? "", d.Contact ?? "", d.Phone ?? "" }).ToList(),
            ["Locations"] = await db.Locations.AsNoTracking().OrderBy(l => l.Code).Select(l => new[] { l.Depot!.Code, l.Bin, l.Name ?? "" })
                .ToListAsync(cancellationToken),
            ["Items"] = (await db.Items.AsNoTracking().Include(i => i.Department).OrderBy(i => i.Code).ToListAsync(cancellationToken))
                .Select(i => new[] { i.Code, i.Name, localizer[$"Class.{i.Class}"].Value, i.Unit, i.Specification ?? "", i.Gtin ?? "",
                    localizer[$"Tracking.{i.Tracking}"].Value, Whole(i.ShelfLifeDays), Whole(i.MaintenanceIntervalDays),
                    i.UnitPrice.ToString("0.00", CultureInfo.InvariantCulture), localizer[i.Returnable ? "Yes" : "No"].Value,
                    i.Department?.Code ?? "" }).ToList(),
            ["Quotas"] = await db.Quotas.AsNoTracking().OrderBy(q => q.Depot!.Code).ThenBy(q => q.Item!.Code)
                .Select(q => new[] { q.Depot!.Code, q.Item!.Code, q.Minimum.ToString(), q.Target.ToString(), q.ReserveFloor.ToString() })
                .ToListAsync(cancellationToken),
        };
        return template.Build(rows);
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Whole(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
