using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Readiness;

namespace Warehouse.Data.Seeding;

/// The demo's townships and villages, the equipment standards the bureau reports on and the kits it packs, from db/seed.
public static class DemoPlaces
{
    public static async Task SeedAsync(WarehouseDbContext db, SeedCatalog catalog, CancellationToken cancellationToken)
    {
        var depots = await db.Depots.ToDictionaryAsync(d => d.Code, d => d.Id, cancellationToken);
        var townships = new Dictionary<string, Place>();
        foreach (var seed in catalog.Places.OrderBy(p => p.Kind))
        {
            var place = new Place(seed.Code, seed.Name, seed.Kind, seed.Township is null ? null : townships[seed.Township]);
            GeoPoint? position = seed.Latitude is { } lat && seed.Longitude is { } lon ? new GeoPoint(lat, lon) : null;
            place.Describe(seed.Name, seed.DutyPersons, seed.Households, seed.Depot is null ? null : depots[seed.Depot], position);
            if (seed.Kind == PlaceKind.Township)
                townships[seed.Code] = place;
            db.Places.Add(place);
        }
        var items = await db.Items.ToDictionaryAsync(i => i.Code, i => i.Id, cancellationToken);
        foreach (var seed in catalog.Standards)
        {
            var standard = new EquipmentStandard(seed.Code, seed.Name);
            standard.SetLines(seed.Lines.Select(l => (items[l.Item], l.Basis, (decimal)l.Quantity)));
            db.EquipmentStandards.Add(standard);
        }
        foreach (var seed in catalog.Kits)
        {
            var kit = new Domain.Kits.KitDefinition(seed.Code, seed.Name);
            foreach (var line in seed.Lines)
                kit.SetLine(items[line.Item], line.Quantity);
            db.KitDefinitions.Add(kit);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
