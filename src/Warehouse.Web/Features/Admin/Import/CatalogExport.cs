using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;

namespace Warehouse.Web.Features.Admin.Import;

/// The catalog as it stands, in the import template's layout: edit it in Excel and import it back; rows left as they
/// were come back unchanged. Each sheet's rows are read with one untracked query and written as they arrive.
public sealed class CatalogExport(WarehouseDbContext db, ImportTemplate template, IStringLocalizer<SharedResource> localizer)
{
    /// How many rows the workbook will hold, to decide whether it is written in the background.
    public async Task<int> CountAsync(CancellationToken cancellationToken) =>
        await db.Departments.CountAsync(cancellationToken) + await db.Depots.CountAsync(cancellationToken)
        + await db.Locations.CountAsync(cancellationToken) + await db.Items.CountAsync(cancellationToken)
        + await db.Quotas.CountAsync(cancellationToken);

    public Task WriteAsync(Stream output, Action counted, CancellationToken cancellationToken) =>
        template.WriteAsync(output, kind => Rows(kind)?.Select(row => Counted(row, counted)), cancellationToken);

    private IAsyncEnumerable<string[]>? Rows(ImportKind kind) => kind.Name switch
    {
        "Departments" => db.Departments.AsNoTracking().OrderBy(d => d.Code).Select(d => new[] { d.Code, d.Name }).AsAsyncEnumerable(),
        "Depots" => db.Depots.AsNoTracking().OrderBy(d => d.Code).AsAsyncEnumerable()
            .Select(d => new[] { d.Code, d.Name, localizer[$"DepotKind.{d.Kind}"].Value, Number(d.Latitude), Number(d.Longitude),
                d.Address ?? "", d.Contact ?? "", d.Phone ?? "" }),
        "Locations" => db.Locations.AsNoTracking().OrderBy(l => l.Code).Select(l => new[] { l.Depot!.Code, l.Bin, l.Name ?? "" })
            .AsAsyncEnumerable(),
        "Items" => Items(),
        "Quotas" => db.Quotas.AsNoTracking().OrderBy(q => q.Depot!.Code).ThenBy(q => q.Item!.Code)
            .Select(q => new { Depot = q.Depot!.Code, Item = q.Item!.Code, q.Minimum, q.Target, q.ReserveFloor }).AsAsyncEnumerable()
            .Select(q => new[] { q.Depot, q.Item, q.Minimum.ToString(), q.Target.ToString(), q.ReserveFloor.ToString() }),
        _ => null,
    };

    private IAsyncEnumerable<string[]> Items() => db.Items.AsNoTracking().OrderBy(i => i.Code)
        .Select(i => new { i.Code, i.Name, i.Class, i.Unit, i.Specification, i.Gtin, i.Tracking, i.ShelfLifeDays, i.MaintenanceIntervalDays,
            i.UnitPrice, i.Returnable, Department = i.Department == null ? null : i.Department.Code })
        .AsAsyncEnumerable()
        .Select(i => new[] { i.Code, i.Name, localizer[$"Class.{i.Class}"].Value, i.Unit, i.Specification ?? "", i.Gtin ?? "",
            localizer[$"Tracking.{i.Tracking}"].Value, Whole(i.ShelfLifeDays), Whole(i.MaintenanceIntervalDays),
            i.UnitPrice.ToString("0.00", CultureInfo.InvariantCulture), localizer[i.Returnable ? "Yes" : "No"].Value, i.Department ?? "" });

    internal static string[] Counted(string[] row, Action counted)
    {
        counted();
        return row;
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Whole(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
