using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Maintenance;

namespace Warehouse.Data.Maintenance;

/// The catalog's maintenance interval of a serial item is its inspection plan: an item saved (by hand or by an import)
/// with an interval gets an inspection plan of that interval, or its inspection plan takes the new interval. An item whose
/// plans are all of other kinds (a generator's monthly test run) keeps them as they are: the plans page decides those.
public sealed class InspectionPlans(WarehouseDbContext db)
{
    public async Task FollowAsync(IReadOnlyCollection<string> itemCodes, CancellationToken cancellationToken)
    {
        var items = await db.Items.AsNoTracking()
            .Where(i => itemCodes.Contains(i.Code) && i.Tracking == TrackingMode.Serial && i.MaintenanceIntervalDays != null)
            .Select(i => new { i.Id, Days = i.MaintenanceIntervalDays!.Value }).ToListAsync(cancellationToken);
        if (items.Count == 0)
            return;
        var ids = items.Select(i => i.Id).ToList();
        var plans = (await db.MaintenancePlans.Where(p => p.ItemId != null && ids.Contains(p.ItemId.Value)).ToListAsync(cancellationToken))
            .ToLookup(p => p.ItemId!.Value);
        foreach (var item in items)
        {
            var inspection = plans[item.Id].FirstOrDefault(p => p.Kind == MaintenanceKind.Inspection);
            if (inspection is not null && inspection.IntervalDays != item.Days)
                inspection.Reschedule(item.Days, inspection.RecordsHours);
            else if (inspection is null && !plans[item.Id].Any())
                db.MaintenancePlans.Add(new MaintenancePlan(item.Id, null, MaintenanceKind.Inspection, item.Days, false));
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
