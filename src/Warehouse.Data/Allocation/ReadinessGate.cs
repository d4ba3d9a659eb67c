using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Maintenance;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Maintenance;

namespace Warehouse.Data.Allocation;

/// Only ready equipment goes out: a unit overdue for maintenance or under repair is refused at the picking desk, unless
/// a manager picking it gives a reason (the override the pick then records, as FEFO overrides are).
public sealed class ReadinessGate(WarehouseDbContext db, UnitDueDates dueDates)
{
    /// Null when the unit may be picked as it is; the override reason when a manager waived its readiness.
    public async Task<string?> CheckAsync(Item item, int? unitId, string? reason, WorkflowActor actor)
    {
        if (item.Tracking != TrackingMode.Serial || unitId is not { } id)
            return null;
        var readiness = await dueDates.ReadinessOfAsync(id, CancellationToken.None);
        if (UnitSchedule.MayDispatch(readiness) || readiness == UnitReadiness.Retired)
            return null;
        if (!string.IsNullOrWhiteSpace(reason))
            return actor.IsManager ? reason.Trim() : throw new DomainException(Errors.ReadinessOverrideByManager());
        var unit = await db.EquipmentUnits.AsNoTracking().SingleAsync(u => u.Id == id);
        if (readiness == UnitReadiness.UnderRepair)
            throw new DomainException(Errors.UnitUnderRepair(unit.AssetNumber));
        var due = (await dueDates.ListAsync(null, CancellationToken.None, id)).Where(r => r.Readiness == UnitReadiness.Overdue)
            .Min(r => r.NextDue);
        throw new DomainException(Errors.UnitOverdue(unit.AssetNumber, due.ToString("yyyy-MM-dd")));
    }
}
