using Warehouse.Domain.Catalog;

namespace Warehouse.Web.Features.Admin.Import;

/// Turns the depots', locations' and quotas' rows into drafts, checked by the domain's own rules (a code's characters,
/// coordinates on the globe, a minimum and a reserve floor not above the target).
public static class PlaceSheets
{
    public static DepotDraft? Depot(SheetRow row, RowReader read)
    {
        var (code, name, kind) = (read.Text("Code"), read.Text("Name"), read.Choice<DepotKind>("Kind", "DepotKind"));
        var (latitude, longitude) = (read.Number("Latitude"), read.Number("Longitude"));
        var (address, contact, phone) = (read.Optional("Address"), read.Optional("Contact"), read.Optional("Phone"));
        var depot = CatalogSheets.Checked(read, () =>
        {
            var made = new Depot(code, name, kind, new GeoPoint(latitude, longitude));
            made.Update(name, kind, made.Position, address, contact, phone);
            return made;
        });
        return depot is null ? null
            : new DepotDraft(row.Number, depot.Code, depot.Name, kind, latitude, longitude, depot.Address, depot.Contact, depot.Phone);
    }

    public static LocationDraft? Location(SheetRow row, RowReader read)
    {
        var (depotCode, bin, name) = (read.Text("Depot"), read.Text("Bin"), read.Optional("Name"));
        var location = CatalogSheets.Checked(read,
            () => new Location(new Depot(depotCode, depotCode, DepotKind.StoragePoint, default), bin, name));
        return location is null ? null
            : new LocationDraft(row.Number, location.Code[..^(location.Bin.Length + 1)], location.Bin, location.Name);
    }

    public static QuotaDraft? Quota(SheetRow row, RowReader read)
    {
        var (depotCode, itemCode) = (read.Text("Depot"), read.Text("Item"));
        var (minimum, target, floor) = (read.Whole("Minimum") ?? 0, read.Whole("Target") ?? 0, read.Whole("ReserveFloor") ?? 0);
        var quota = CatalogSheets.Checked(read, () =>
        {
            CatalogCodes.Normalize(depotCode, "Depot");
            CatalogCodes.Normalize(itemCode, "Item");
            var made = new Quota(0, 0, minimum, target);
            made.SetReserveFloor(floor);
            return made;
        });
        return quota is null ? null
            : new QuotaDraft(row.Number, depotCode.Trim().ToUpperInvariant(), itemCode.Trim().ToUpperInvariant(), minimum, target, floor);
    }
}
