using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Maintenance;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Maintenance;

namespace Warehouse.Data.Allocation;

/// A manager lets one unit that is not ready go out on one dispatch still being picked; the keeper then picks it at the
/// desk as usual. Only a unit at the dispatch's depot, of an item on the dispatch, and really not ready, gets leave.
public sealed class ReadinessWaivers(WarehouseDbContext db, UnitDueDates dueDates, AuditTrail audit, BureauClock clock)
{
    public async Task<Outcome<int>> GrantAsync(int dispatchId, int unitId, string? reason, WorkflowActor actor)
    {
        if (!actor.IsManager)
            return Errors.ReadinessOverrideByManager();
        var dispatch = await db.Dispatches.AsNoTracking().Include(d => d.Lines).SingleOrDefaultAsync(d => d.Id == dispatchId);
        var unit = await db.EquipmentUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId);
        if (dispatch is null || unit is null)
            return Errors.UnknownCode(unit?.AssetNumber ?? $"#{dispatchId}");
        if (dispatch.State is not (DispatchState.Planned or DispatchState.Picking))
            return Errors.DispatchClosedForPicking(dispatch.Number);
        if (unit.Status != EquipmentStatus.InStock || unit.DepotId != dispatch.SourceDepotId
            || dispatch.Lines.All(l => l.ItemId != unit.ItemId))
            return Errors.WaiverNotForDispatch(unit.AssetNumber, dispatch.Number);
        var readiness = await dueDates.ReadinessOfAsync(unit.Id, CancellationToken.None);
        if (UnitSchedule.MayDispatch(readiness) || readiness == UnitReadiness.Retired)
            return Errors.WaiverNotNeeded(unit.AssetNumber);
        if (await db.ReadinessWaivers.AnyAsync(w => w.DispatchId == dispatchId && w.EquipmentUnitId == unitId))
            return Errors.WaiverGranted(unit.AssetNumber, dispatch.Number);
        try
        {
            var waiver = new ReadinessWaiver(dispatchId, unitId, reason, actor.UserName, clock.UtcNow);
            db.ReadinessWaivers.Add(waiver);
            audit.Record(AuditActor.Of(actor), AuditActions.ReadinessWaived, dispatch.Number, $"{unit.AssetNumber} {waiver.Reason}");
            await db.SaveChangesAsync();
            return waiver.Id;
        }
        catch (DomainException refused)
        {
            db.ChangeTracker.Clear();
            return refused.Error;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Errors.WaiverGranted(unit.AssetNumber, dispatch.Number);
        }
    }
}
