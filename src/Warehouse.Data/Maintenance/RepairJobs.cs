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
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Maintenance;

/// Repair jobs: opened when a unit comes back needing repair (a failed check opens its own), closed by a keeper of the
/// unit's depot with what was done. Parts come out of stock through an ordinary issue note, whose number the job keeps.
public sealed class RepairJobs(WarehouseDbContext db, AuditTrail audit, BureauClock clock)
{
    /// Opens a job for a unit returned needing repair; joins the return's own transaction and save.
    public void OpenForReturn(EquipmentUnit unit, int depotId, string? note, WorkflowActor actor)
    {
        db.RepairJobs.Add(new RepairJob(unit.Id, depotId, RepairCause.ReturnedNeedingRepair, note, actor.UserName, clock.UtcNow));
        audit.Record(AuditActor.Of(actor), AuditActions.RepairOpened, unit.AssetNumber, $"{RepairCause.ReturnedNeedingRepair} {note}");
    }

    /// Closes the job: the unit is back in stock and counts as serviced today.
    public Task<Outcome<int>> CloseAsync(int jobId, string? workDone, string? partsNoteNumber, WorkflowActor actor) =>
        WorkflowTransaction.RunAsync<RepairJob, RepairJob, int>(db, async () =>
        {
            var job = await db.RepairJobs.SingleOrDefaultAsync(r => r.Id == jobId)
                ?? throw new DomainException(Errors.UnknownRepairJob(jobId));
            if (!actor.KeepsDepot(job.DepotId))
                throw new DomainException(Errors.DepotNotYours(await db.DepotCodeAsync(job.DepotId)));
            var note = string.IsNullOrWhiteSpace(partsNoteNumber) ? null : partsNoteNumber.Trim().ToUpperInvariant();
            if (note is not null && !await db.StockDocuments.AnyAsync(d => d.Number == note && d.DepotId == job.DepotId
                    && d.Kind == DocumentKind.Issue))
                throw new DomainException(Errors.PartsNoteUnknown(note));
            job.Close(workDone, note, actor.UserName, clock.UtcNow);
            var unit = await db.EquipmentUnits.SingleAsync(u => u.Id == job.EquipmentUnitId);
            unit.FinishRepair(clock.Today);
            audit.Record(AuditActor.Of(actor), AuditActions.RepairClosed, unit.AssetNumber, $"#{job.Id} {note}".TrimEnd());
            return job;
        }, job => job.Id);
}
