using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Counting;

namespace Warehouse.Data.Counting.Steps;

/// The steps that only move a count on: start counting, cancel.
public sealed class CountTriggers(CountStepRunner runner, AuditTrail audit)
{
    public Task<Outcome<CountState>> FireAsync(int id, CountTrigger trigger, WorkflowActor actor) =>
        runner.RunAsync(async () =>
        {
            var count = await runner.LoadAsync(id);
            new CountWorkflow(count, actor).Fire(trigger);
            audit.Record(AuditActor.Of(actor), AuditActions.CountStep, count.Number, trigger.ToString());
            return count.State;
        }, state => state);
}
