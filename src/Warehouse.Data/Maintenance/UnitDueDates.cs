using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Maintenance;

namespace Warehouse.Data.Maintenance;

/// One unit at a depot under one plan: when its next check falls due, and what that makes of the unit.
public sealed record UnitDue(int UnitId, string AssetNumber, string SerialNumber, int ItemId, string ItemCode, string ItemName,
    int DepotId, int PlanId, MaintenanceKind Kind, bool RecordsHours, DateOnly NextDue, UnitReadiness Readiness);

/// A depot's serial units and how many of them may be dispatched now (ready or due soon).
public sealed record DepotReadiness(int DepotId, int Units, int ReadyUnits)
{
    public double Rate => Units == 0 ? 1 : (double)ReadyUnits / Units;
}

/// Every serial unit's next due day per plan and its readiness, worked out from the plans, the last passed checks,
/// the unit's last service and its open repair jobs.
public sealed class UnitDueDates(WarehouseDbContext db, BureauClock clock)
{
    private sealed record UnitRow(int Id, string AssetNumber, string SerialNumber, int ItemId, string Code, string Name,
        SupplyClass Class, int DepotId, EquipmentStatus Status, DateOnly? LastMaintenance);

    /// The units at the given depots (all depots when null), one row per unit and plan that covers it.
    public async Task<IReadOnlyList<UnitDue>> ListAsync(IReadOnlyCollection<int>? depotIds, CancellationToken cancellationToken,
        int? unitId = null)
    {
        var (units, rows) = await LoadAsync(depotIds, unitId, cancellationToken);
        return units.SelectMany(rows).ToList();
    }

    /// Ready units over all units per depot; a unit no plan covers is ready unless it is in repair.
    public async Task<IReadOnlyList<DepotReadiness>> ByDepotAsync(IReadOnlyCollection<int>? depotIds, CancellationToken cancellationToken)
    {
        var (units, rows) = await LoadAsync(depotIds, null, cancellationToken);
        return units.GroupBy(u => u.DepotId)
            .Select(g => new DepotReadiness(g.Key, g.Count(), g.Count(u => UnitSchedule.MayDispatch(Worst(u, rows(u))))))
            .OrderBy(d => d.DepotId).ToList();
    }

    /// The units at depots that may not go out without a manager's override: overdue or under repair.
    public async Task<List<int>> NotReadyAsync(CancellationToken cancellationToken)
    {
        var (units, rows) = await LoadAsync(null, null, cancellationToken);
        return units.Where(u => !UnitSchedule.MayDispatch(Worst(u, rows(u)))).Select(u => u.Id).ToList();
    }

    /// One unit's readiness: the worst over its plans.
    public async Task<UnitReadiness> ReadinessOfAsync(int unitId, CancellationToken cancellationToken)
    {
        var (units, rows) = await LoadAsync(null, unitId, cancellationToken);
        return units.Count == 0 ? UnitReadiness.Ready : Worst(units[0], rows(units[0]));
    }

    private UnitReadiness Worst(UnitRow unit, IEnumerable<UnitDue> rows) =>
        rows.Select(r => r.Readiness).DefaultIfEmpty(UnitSchedule.Readiness(unit.Status, false, null, clock.Today)).Max();

    private async Task<(List<UnitRow> Units, Func<UnitRow, IEnumerable<UnitDue>> Rows)> LoadAsync(IReadOnlyCollection<int>? depotIds,
        int? unitId, CancellationToken cancellationToken)
    {
        var plans = await db.MaintenancePlans.AsNoTracking().ToListAsync(cancellationToken);
        var units = await db.EquipmentUnits.AsNoTracking()
            .Where(u => u.DepotId != null && (depotIds == null || depotIds.Contains(u.DepotId.Value)) && (unitId == null || u.Id == unitId))
            .Select(u => new UnitRow(u.Id, u.AssetNumber, u.SerialNumber, u.ItemId, u.Item!.Code, u.Item.Name, u.Item.Class,
                u.DepotId!.Value, u.Status, u.LastMaintenance))
            .ToListAsync(cancellationToken);
        var passed = await db.MaintenanceChecks.AsNoTracking().Where(c => c.Passed && (unitId == null || c.EquipmentUnitId == unitId))
            .GroupBy(c => new { c.EquipmentUnitId, c.PlanId })
            .Select(g => new { g.Key.EquipmentUnitId, g.Key.PlanId, Day = g.Max(c => c.Day) })
            .ToDictionaryAsync(g => (g.EquipmentUnitId, g.PlanId), g => g.Day, cancellationToken);
        var repairing = (await db.RepairJobs.AsNoTracking().Where(r => r.OpenUnitId != null).Select(r => r.EquipmentUnitId)
            .ToListAsync(cancellationToken)).ToHashSet();
        var today = clock.Today;
        return (units, u => plans.Where(p => p.AppliesTo(u.ItemId, u.Class)).Select(p =>
        {
            var due = p.NextDue(passed.TryGetValue((u.Id, p.Id), out var day) ? day : null, u.LastMaintenance, today);
            var readiness = UnitSchedule.Readiness(u.Status, repairing.Contains(u.Id), due, today);
            return new UnitDue(u.Id, u.AssetNumber, u.SerialNumber, u.ItemId, u.Code, u.Name, u.DepotId, p.Id, p.Kind,
                p.RecordsHours, due, readiness);
        }));
    }
}
