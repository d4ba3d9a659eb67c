using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Maintenance;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Maintenance;

namespace Warehouse.Data.Allocation;

/// Who let a unit that is not ready go out, and why.
public sealed record ReadinessLeave(string Reason, string Manager);

/// Only ready equipment goes out: a unit overdue for maintenance or under repair is refused at the picking desk, unless
/// a manager picking it gives a reason, or a manager gave this dispatch leave for it beforehand (see
/// <see cref="ReadinessWaivers"/>); the pick then records the leave, as FEFO overrides are.
public sealed class ReadinessGate(WarehouseDbContext db, UnitDueDates dueDates)
{
    /// Null when the unit may be picked as it is; the leave when a manager waived its readiness.
    public async Task<ReadinessLeave?> CheckAsync(Item item, int? unitId, string? reason, WorkflowActor actor, int dispatchId)
    {
        if (item.Tracking != TrackingMode.Serial || unitId is not { } id)
            return null;
        var readiness = await dueDates.ReadinessOfAsync(id, CancellationToken.None);
        if (UnitSchedule.MayDispatch(readiness) || readiness == UnitReadiness.Retired)
            return null;
        if (!string.IsNullOrWhiteSpace(reason))
            return actor.IsManager ? new ReadinessLeave(reason.Trim(), actor.UserName)
                : throw new DomainException(Errors.ReadinessOverrideByManager());
        if (await db.ReadinessWaivers.AsNoTracking().Where(w => w.DispatchId == dispatchId && w.EquipmentUnitId == id)
                .Select(w => new ReadinessLeave(w.Reason, w.GrantedBy)).FirstOrDefaultAsync() is { } leave)
            return leave;
        var unit = await db.EquipmentUnits.AsNoTracking().SingleAsync(u => u.Id == id);
        if (readiness == UnitReadiness.UnderRepair)
            throw new DomainException(Errors.UnitUnderRepair(unit.AssetNumber));
        var due = (await dueDates.ListAsync(null, CancellationToken.None, id)).Where(r => r.Readiness == UnitReadiness.Overdue)
            .Min(r => r.NextDue);
        throw new DomainException(Errors.UnitOverdue(unit.AssetNumber, due.ToString("yyyy-MM-dd")));
    }
}
