using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Maintenance;

namespace Warehouse.Data.Maintenance;

/// One unit at a depot under one plan: when its next check falls due, and what that makes of the unit.
public sealed record UnitDue(int UnitId, string AssetNumber, string SerialNumber, int ItemId, string ItemCode, string ItemName,
    int DepotId, int PlanId, MaintenanceKind Kind, bool RecordsHours, DateOnly NextDue, UnitReadiness Readiness);

/// Every serial unit's next due day per plan and its readiness, worked out from the plans, the last passed checks,
/// the unit's last service and its open repair jobs.
public sealed class UnitDueDates(WarehouseDbContext db, BureauClock clock)
{
    /// The units at the given depots (all depots when null), one row per unit and plan that covers it.
    public async Task<IReadOnlyList<UnitDue>> ListAsync(IReadOnlyCollection<int>? depotIds, CancellationToken cancellationToken,
        int? unitId = null)
    {
        var plans = await db.MaintenancePlans.AsNoTracking().ToListAsync(cancellationToken);
        if (plans.Count == 0)
            return [];
        var units = await db.EquipmentUnits.AsNoTracking()
            .Where(u => u.DepotId != null && (depotIds == null || depotIds.Contains(u.DepotId.Value))
                && (unitId == null || u.Id == unitId))
            .Select(u => new { u.Id, u.AssetNumber, u.SerialNumber, u.ItemId, u.Item!.Code, u.Item.Name, u.Item.Class,
                DepotId = u.DepotId!.Value, u.Status, u.LastMaintenance })
            .ToListAsync(cancellationToken);
        var ids = units.Select(u => u.Id).ToList();
        var passed = await db.MaintenanceChecks.AsNoTracking().Where(c => c.Passed && ids.Contains(c.EquipmentUnitId))
            .GroupBy(c => new { c.EquipmentUnitId, c.PlanId }).Select(g => new { g.Key.EquipmentUnitId, g.Key.PlanId, Day = g.Max(c => c.Day) })
            .ToDictionaryAsync(g => (g.EquipmentUnitId, g.PlanId), g => g.Day, cancellationToken);
        var repairing = (await db.RepairJobs.AsNoTracking().Where(r => r.OpenUnitId != null).Select(r => r.EquipmentUnitId)
            .ToListAsync(cancellationToken)).ToHashSet();
        var today = clock.Today;
        return units.SelectMany(u => plans.Where(p => p.AppliesTo(u.ItemId, u.Class)).Select(p =>
            {
                var due = p.NextDue(passed.TryGetValue((u.Id, p.Id), out var day) ? day : null, u.LastMaintenance, today);
                var readiness = UnitSchedule.Readiness(u.Status, repairing.Contains(u.Id), due, today);
                return new UnitDue(u.Id, u.AssetNumber, u.SerialNumber, u.ItemId, u.Code, u.Name, u.DepotId, p.Id, p.Kind,
                    p.RecordsHours, due, readiness);
            }))
            .ToList();
    }

    /// One unit's readiness: the worst over its plans; Ready when no plan covers it (unless retired or in repair).
    public async Task<UnitReadiness> ReadinessOfAsync(EquipmentUnit unit, CancellationToken cancellationToken)
    {
        var rows = await ListAsync(null, cancellationToken, unit.Id);
        if (rows.Count > 0)
            return rows.Max(r => r.Readiness);
        var repairOpen = await db.RepairJobs.AnyAsync(r => r.OpenUnitId == unit.Id, cancellationToken);
        return UnitSchedule.Readiness(unit.Status, repairOpen, null, clock.Today);
    }
}
