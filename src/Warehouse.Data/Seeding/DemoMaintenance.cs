using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Maintenance;

namespace Warehouse.Data.Seeding;

/// The demo's maintenance plans and a believable service history: most units serviced lately, and for each planned item
/// at a depot holding three or more, one unit overdue and one due soon, so the maintenance list has work from the first start.
public static class DemoMaintenance
{
    private static readonly (string Item, MaintenanceKind Kind, int Days, bool Hours)[] Plans =
    [
        ("DL-0601", MaintenanceKind.TestRun, 30, true), // generators: a monthly test run
        ("DL-0602", MaintenanceKind.TestRun, 30, true),
        ("GS-0701", MaintenanceKind.TestRun, 90, true), // pumps: quarterly
        ("GS-0702", MaintenanceKind.TestRun, 90, true),
        ("GS-0703", MaintenanceKind.TestRun, 90, true),
        ("TX-1001", MaintenanceKind.Charging, 30, false), // satellite phones: charged monthly
        ("TX-1004", MaintenanceKind.Charging, 30, false),
        ("SJ-0101", MaintenanceKind.Inspection, 365, false), // life jackets and inflatable boats: a yearly inspection
        ("JY-0301", MaintenanceKind.Inspection, 365, false),
        ("SJ-0107", MaintenanceKind.Calibration, 365, false),
    ];

    public static async Task SeedAsync(WarehouseDbContext db, BureauClock clock, CancellationToken cancellationToken)
    {
        var items = await db.Items.AsNoTracking().ToDictionaryAsync(i => i.Code, cancellationToken);
        foreach (var (code, kind, days, hours) in Plans.Where(p => items.ContainsKey(p.Item)))
            db.MaintenancePlans.Add(new MaintenancePlan(items[code].Id, null, kind, days, hours));
        var planned = Plans.Select(p => p.Item).ToHashSet();
        // Other serial items keep the interval the catalog gives them, as a plain inspection.
        foreach (var item in items.Values.Where(i => i.Tracking == TrackingMode.Serial && i.MaintenanceIntervalDays is not null
                     && !planned.Contains(i.Code)))
            db.MaintenancePlans.Add(new MaintenancePlan(item.Id, null, MaintenanceKind.Inspection, item.MaintenanceIntervalDays!.Value,
                false));
        await db.SaveChangesAsync(cancellationToken);
        await SeedHistoryAsync(db, clock.Today, cancellationToken);
    }

    private static async Task SeedHistoryAsync(WarehouseDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var intervals = await db.MaintenancePlans.Where(p => p.ItemId != null)
            .GroupBy(p => p.ItemId!.Value).Select(g => new { Item = g.Key, Days = g.Min(p => p.IntervalDays) })
            .ToDictionaryAsync(g => g.Item, g => g.Days, cancellationToken);
        var units = await db.EquipmentUnits.Where(u => intervals.Keys.Contains(u.ItemId)).ToListAsync(cancellationToken);
        foreach (var group in units.GroupBy(u => (u.ItemId, u.DepotId)))
        {
            var days = intervals[group.Key.ItemId];
            var ordered = group.OrderBy(u => u.AssetNumber).ToList();
            for (var k = 0; k < ordered.Count; k++)
            {
                var ago = (ordered.Count - k) switch
                {
                    1 when ordered.Count > 2 => days + 5,
                    2 when ordered.Count > 2 => days - 5,
                    _ => k % Math.Max(1, Math.Min(10, days / 3)),
                };
                ordered[k].RecordMaintenance(today.AddDays(-ago));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
