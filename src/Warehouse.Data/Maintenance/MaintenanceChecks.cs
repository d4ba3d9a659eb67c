using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data.Auditing;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Maintenance;

namespace Warehouse.Data.Maintenance;

/// What a keeper enters after checking a unit under one of its plans.
public sealed record CheckInput(int UnitId, int PlanId, bool Passed, decimal? HoursRun, string? Notes);

/// A keeper records a check of a unit at one of their depots; every check is stored and audited, and a failed one
/// takes the unit out of service with a repair job.
public sealed class MaintenanceChecks(WarehouseDbContext db, AuditTrail audit, BureauClock clock)
{
    /// Records the check; the answer is the repair job a failed check opened, or null.
    public Task<Outcome<int?>> RecordAsync(CheckInput input, WorkflowActor actor) =>
        WorkflowTransaction.RunAsync<RepairJob, RepairJob?, int?>(db, async () =>
        {
            var unit = await db.EquipmentUnits.Include(u => u.Item).SingleOrDefaultAsync(u => u.Id == input.UnitId)
                ?? throw new DomainException(Errors.UnknownCode($"#{input.UnitId}"));
            if (unit.DepotId is not { } depotId)
                throw new DomainException(Errors.UnitNotAtDepot(unit.AssetNumber));
            if (!actor.KeepsDepot(depotId))
                throw new DomainException(Errors.DepotNotYours(await db.DepotCodeAsync(depotId)));
            if (unit.Status == EquipmentStatus.InRepair
                || await db.RepairJobs.AnyAsync(r => r.OpenUnitId == unit.Id))
                throw new DomainException(Errors.UnitUnderRepair(unit.AssetNumber));
            var plan = await db.MaintenancePlans.SingleOrDefaultAsync(p => p.Id == input.PlanId);
            if (plan is null || !plan.AppliesTo(unit.ItemId, unit.Item!.Class))
                throw new DomainException(Errors.UnitHasNoPlan(unit.AssetNumber));
            var check = new MaintenanceCheck(unit.Id, plan, input.Passed, input.HoursRun, input.Notes, actor.UserName,
                clock.UtcNow, clock.Today);
            db.MaintenanceChecks.Add(check);
            audit.Record(AuditActor.Of(actor), AuditActions.MaintenanceChecked, unit.AssetNumber,
                $"{plan.Kind} {(input.Passed ? "pass" : "fail")} {check.HoursRun}".TrimEnd());
            if (input.Passed)
                return null;
            await db.SaveChangesAsync();
            unit.StartRepair();
            var job = new RepairJob(unit.Id, depotId, RepairCause.FailedCheck, check.Notes, actor.UserName, clock.UtcNow, check.Id);
            db.RepairJobs.Add(job);
            audit.Record(AuditActor.Of(actor), AuditActions.RepairOpened, unit.AssetNumber, $"{RepairCause.FailedCheck} {check.Notes}");
            return job;
        }, job => job?.Id);
}
