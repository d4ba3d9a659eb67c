using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data.Auditing;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;
using Warehouse.Domain.WriteOffs;

namespace Warehouse.Data.WriteOffs;

/// Prints an approved write-off's slip (报废单) on the depot's receipt printer, inside the approval's transaction.
public interface IWriteOffSlipQueue
{
    Task EnqueueAsync(WriteOff writeOff, CancellationToken cancellationToken);
}

/// A manager who did not propose it decides a write-off. Approval posts one issue note (scrap, or loss for goods lost in
/// use) through the same atomic balance moves as every issue, queues the slip and records the decision, in one
/// transaction: too little stock by now refuses the approval and changes nothing.
public sealed class WriteOffDecisions(WarehouseDbContext db, WorkflowDocuments documents, IWriteOffSlipQueue slips, AuditTrail audit,
    BureauClock clock)
{
    public Task<Outcome<WriteOff>> ApproveAsync(int id, WorkflowActor actor) =>
        WorkflowTransaction.RunAsync<WriteOff, WriteOff, WriteOff>(db, async () =>
        {
            var writeOff = await LoadAsync(id, actor);
            writeOff.Approve(actor.UserName, clock.UtcNow);
            var document = await documents.OpenAsync(DocumentKind.Issue, writeOff.Reason, writeOff.DepotId, $"write-off-{writeOff.Number}",
                actor, writeOff.Number);
            var depot = await db.Depots.AsNoTracking().Where(d => d.Id == writeOff.DepotId)
                .Select(d => new DepotRef(d.Id, d.Code, d.Name)).SingleAsync();
            var issues = new IssuePosting(db, new LedgerWriter(db), clock);
            var posted = new List<PostedLine>();
            foreach (var line in writeOff.Lines)
            {
                var item = await db.Items.SingleAsync(i => i.Id == line.ItemId);
                await issues.IssueAsync(document, depot, item, new PostingLine(line.ItemId, line.Quantity, line.LocationId, line.BatchId,
                    EquipmentUnitId: line.EquipmentUnitId), null, posted, default);
            }
            writeOff.Posted(document.Number);
            await slips.EnqueueAsync(writeOff, default);
            audit.Record(AuditActor.Of(actor), AuditActions.WriteOffApproved, writeOff.Number, document.Number);
            return writeOff;
        }, writeOff => writeOff);

    public Task<Outcome<WriteOff>> RejectAsync(int id, string? reason, WorkflowActor actor) =>
        WorkflowTransaction.RunAsync<WriteOff, WriteOff, WriteOff>(db, async () =>
        {
            var writeOff = await LoadAsync(id, actor);
            writeOff.Reject(actor.UserName, reason, clock.UtcNow);
            audit.Record(AuditActor.Of(actor), AuditActions.WriteOffRejected, writeOff.Number, writeOff.DecisionNote);
            return writeOff;
        }, writeOff => writeOff);

    private async Task<WriteOff> LoadAsync(int id, WorkflowActor actor)
    {
        if (!actor.IsManager)
            throw new DomainException(Errors.WriteOffByManager());
        return await db.WriteOffs.Include(w => w.Lines).SingleOrDefaultAsync(w => w.Id == id)
            ?? throw new DomainException(Errors.UnknownWriteOff(id));
    }
}
