using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Printing;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Tests;

public sealed partial class AllocationServiceTests
{
    [Fact]
    public async Task Every_kind_of_stock_document_queues_exactly_one_note_a_dispatch_issue_none_and_a_replayed_posting_none()
    {
        await SetUpAsync();
        await using (var setup = _database.NewContext())
        {
            (await setup.Items.SingleAsync(i => i.Id == _tent)).SetKeeping(null, null, returnable: true, 1200m, null);
            await setup.SaveChangesAsync();
        }
        await using var db = _database.NewContext();
        var steps = Steps(db);
        var issue = new PostingRequest(DocumentKind.Issue, _depot, StockReason.InternalUse, "use-1", [new PostingLine(_tent, 1)],
            new Actor("keeper", null, null));
        Assert.True((await _database.Posting(db).PostAsync(issue)).Succeeded);
        Assert.True((await _database.Posting(db).PostAsync(issue)).Succeeded);
        var transfer = await TransferredAsync(db, steps, 3);
        Assert.True((await steps.Returns.ReturnAsync(transfer.DispatchId, _tent, null, 1, ReturnCondition.Good, null, _keeper)).Succeeded);

        var documents = await db.StockDocuments.AsNoTracking().Select(d => new { d.Id, d.Reason, d.Kind }).ToListAsync();
        var jobs = await db.PrintJobs.AsNoTracking().Select(j => new { j.DocumentId, j.Kind }).ToListAsync();
        Assert.Equal([StockReason.Purchase, StockReason.InternalUse, StockReason.TransferOut, StockReason.TransferIn, StockReason.Return],
            documents.OrderBy(d => d.Id).Select(d => d.Reason));
        foreach (var document in documents)
        {
            var expected = document.Reason == StockReason.TransferOut ? 0 : 1;
            Assert.Equal(expected, jobs.Count(j => j.DocumentId == document.Id));
        }
        Assert.Equal(4, jobs.Count);
        Assert.Equal(3, jobs.Count(j => j.Kind == PrintJobKind.GoodsReceivedNote));
    }

    /// A transfer to the other depot, dispatched and received there in full.
    private async Task<(int RequestId, int DispatchId)> TransferredAsync(WarehouseDbContext db, AllocationSteps steps, int tents)
    {
        var draft = await steps.Drafting.SaveDraftAsync(null, null, new DraftInput("补库", EmergencyLevel.Routine, DateTime.UtcNow.AddDays(1),
            DestinationKind.Depot, _otherDepot, null, null, null, "赵强", "0571-1", null, [(_tent, tents)]), Manager, null);
        var id = draft.Value;
        await steps.Triggers.FireAsync(id, await VersionAsync(id), RequestTrigger.Submit, null, Manager);
        await steps.Approval.ApproveAsync(id, await VersionAsync(id), [new LineDecision(_tent, tents, [(_depot, tents)])], Manager);
        var dispatchId = await db.Dispatches.Where(d => d.RequestId == id).Select(d => d.Id).SingleAsync();
        await steps.Picking.PickAsync(dispatchId, new ScannedGoods(_tent, null, null), tents, null, null, "t1", _keeper);
        var sent = await steps.Dispatching.DispatchAsync(dispatchId, await VersionAsync(id), "浙A1", "王", "139", _keeper);
        var receiver = new WorkflowActor("keeper-sc1", new HashSet<string> { Roles.Keeper }, [_otherDepot], null);
        var received = await steps.Delivery.ConfirmDeliveryAsync(sent.Value!.ShortCode,
            new Dictionary<int, (int, int)> { [_tent] = (tents, 0) }, null, receiver);
        Assert.True(received.Succeeded, received.Error?.Message);
        return (id, dispatchId);
    }
}
