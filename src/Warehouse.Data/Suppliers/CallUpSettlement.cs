using Warehouse.Data.Allocation;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Suppliers;

namespace Warehouse.Data.Suppliers;

/// A call-up that is settled (delivered at the site, received into the depot, or cancelled) may be the last thing its
/// request waited for: the request is then delivered, at that moment, as when its last dispatch arrives.
public sealed class CallUpSettlement(AllocationStepRunner runner)
{
    /// Runs a call-up's step as a step of its request: one transaction, both versions moved on, the request's change published.
    public Task<Outcome<CallUp>> RunAsync(Func<Task<CallUp>> step) =>
        runner.RunAsync(async () =>
        {
            var callUp = await step();
            callUp.Touch();
            return callUp;
        }, c => c);

    public async Task SettleAsync(CallUp callUp, WorkflowActor actor, DateTime nowUtc)
    {
        var request = await runner.LoadAsync(callUp.RequestId, null);
        var workflow = new AllocationWorkflow(request, actor, nowUtc);
        if (request.State is RequestState.Approved or RequestState.Dispatched && workflow.CanFire(RequestTrigger.ConfirmDelivery))
            workflow.Fire(RequestTrigger.ConfirmDelivery, callUp.Number);
    }
}
