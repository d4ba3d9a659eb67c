using Warehouse.Domain.Catalog;
using Warehouse.Domain.Suppliers;

namespace Warehouse.Data.Seeding;

/// The demo's agreement reserves: a tent maker and a water supplier under agreements valid today, and one water
/// agreement that has expired.
internal static class DemoSuppliers
{
    public static async Task AddAsync(WarehouseDbContext db, IReadOnlyDictionary<string, Item> items, DateOnly today,
        CancellationToken cancellationToken)
    {
        var tents = new Supplier("GYS-01", "江澜帐篷制造有限公司", "周建国", "0571-86001234");
        var water = new Supplier("GYS-02", "清泉饮用水有限公司", "吴晓梅", "0571-86005678");
        db.Suppliers.AddRange(tents, water);
        await db.SaveChangesAsync(cancellationToken);
        db.SupplyAgreements.AddRange(
            new SupplyAgreement("XY-2026-001", tents.Id, today.AddDays(-90), today.AddDays(275), 4,
                [(items["SS-0401"].Id, 500), (items["SS-0402"].Id, 300)]),
            new SupplyAgreement("XY-2026-002", water.Id, today.AddDays(-30), today.AddDays(335), 6, [(items["SS-0406"].Id, 2000)]),
            new SupplyAgreement("XY-2025-007", water.Id, today.AddDays(-400), today.AddDays(-35), 8, [(items["SS-0408"].Id, 1000)]));
    }
}
