using Warehouse.Data.Approvals;
using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Allocation.Steps;

/// Submit, reject, cancel, close, ratify or refuse ratification: steps that move no stock but cancel, which gives
/// back what approval reserved. Closing a request delivered outside the target takes the manager's reason for it.
public sealed class RequestTriggers(AllocationStepRunner runner, Reservations reservations, AuditTrail audit, BureauClock clock,
    Deputies deputies, ApprovalPlanning planning, DeliveryTarget target)
{
    private static readonly RequestTrigger[] FiredHere =
    [
        RequestTrigger.Submit, RequestTrigger.Reject, RequestTrigger.Cancel, RequestTrigger.Close, RequestTrigger.Ratify,
        RequestTrigger.RefuseRatification,
    ];

    public Task<Outcome<int>> FireAsync(int id, int version, RequestTrigger trigger, string? reason, WorkflowActor actor,
        BreachAccount? breach = null) =>
        runner.RunAsync(async () =>
        {
            FreeText.Require("reason", reason, multiLine: true);
            actor = await deputies.StandingAsync(actor);
            var request = await runner.LoadAsync(id, version, r => AllocationWorkflow.Authorize(trigger, r, actor));
            var workflow = new AllocationWorkflow(request, actor, clock.UtcNow);
            var wasApproved = request.State == RequestState.Approved;
            if (!FiredHere.Contains(trigger))
                throw new DomainException(Errors.StepNotDoneHere(trigger.ToString(), request.State.ToString()));
            if (trigger == RequestTrigger.Submit && workflow.CanFire(trigger))
                await planning.PlanAsync(request, clock.UtcNow);
            if (trigger == RequestTrigger.Close)
                ExplainBreach(request, workflow, breach, actor);
            workflow.Fire(trigger, reason);
            if (trigger == RequestTrigger.Cancel && wasApproved)
                await reservations.ReleaseAsync(request.Dispatches.SelectMany(d => d.Reservations));
            if (trigger == RequestTrigger.Ratify)
                DecideWhatWasSent(request);
            audit.Record(AuditActor.Of(actor), $"allocation.{trigger.ToString().ToLowerInvariant()}", request.Number, reason);
            return request;
        }, request => request.Id);

    /// A close may be refused for its state or its actor first; then a late delivery's reason is kept and audited.
    private void ExplainBreach(AllocationRequest request, AllocationWorkflow workflow, BreachAccount? breach, WorkflowActor actor)
    {
        workflow.EnsureCanFire(RequestTrigger.Close);
        request.ExplainBreach(target.Value, breach?.Reason, breach?.Note);
        if (request.BreachReason is { } reason)
        {
            audit.Record(AuditActor.Of(actor), AuditActions.BreachExplained, request.Number,
                request.BreachNote is { } note ? $"{reason}: {note}" : reason.ToString());
        }
    }

    /// A ratified emergency release grants what left the depots, up to what was asked.
    private static void DecideWhatWasSent(AllocationRequest request)
    {
        foreach (var line in request.Lines)
        {
            var sent = request.Dispatches.SelectMany(d => d.Lines).Where(l => l.ItemId == line.ItemId).Sum(l => l.Quantity);
            request.Decide(line.ItemId, Math.Min(line.Requested, sent));
        }
    }
}
