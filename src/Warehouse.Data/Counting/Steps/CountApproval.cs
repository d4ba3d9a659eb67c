using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Counting;

namespace Warehouse.Data.Counting.Steps;

/// A manager who did not count it approves a count's variances: the gain and loss notes go into the ledger and the
/// variance slip (盘点差异单) into the depot's print queue, all in one transaction.
public sealed class CountApproval(CountStepRunner runner, CountAdjustments adjustments, ICountSlipQueue slips, AuditTrail audit,
    BureauClock clock)
{
    public Task<Outcome<CountApproved>> ApproveAsync(int id, WorkflowActor actor) =>
        runner.RunAsync(async () =>
        {
            var count = await runner.LoadAsync(id);
            new CountWorkflow(count, actor).Fire(CountTrigger.Approve);
            var (gain, loss) = await adjustments.PostAsync(count, actor);
            count.MarkDecided(actor.UserName, clock.UtcNow);
            await slips.EnqueueAsync(count, actor.UserName);
            audit.Record(AuditActor.Of(actor), AuditActions.CountApproved, count.Number, $"{gain} {loss}".Trim());
            return new CountApproved(count.Number, gain, loss);
        }, approved => approved);
}

/// An approved count and the adjustment notes it posted (none where it found no gain or no loss).
public sealed record CountApproved(string Number, string? GainDocument, string? LossDocument);

/// Renders a count's variance slip and queues it on the depot's receipt printer, inside the approval's transaction.
public interface ICountSlipQueue
{
    Task EnqueueAsync(StockCount count, string userName);
}
