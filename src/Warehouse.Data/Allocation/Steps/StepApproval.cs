using Warehouse.Data.Approvals;
using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Allocation.Steps;

/// An approval step before the last: its authority (or their deputy) approves it with a comment, and the next step opens.
public sealed class StepApproval(AllocationStepRunner runner, AuditTrail audit, BureauClock clock, Deputies deputies)
{
    public Task<Outcome<int>> ApproveStepAsync(int id, int version, string? comment, WorkflowActor actor) =>
        runner.RunAsync(async () =>
        {
            FreeText.Require("comment", comment, multiLine: true);
            actor = await deputies.StandingAsync(actor);
            var request = await runner.LoadAsync(id, version, r => AllocationWorkflow.Authorize(RequestTrigger.ApproveStep, r, actor));
            var step = request.CurrentStep;
            new AllocationWorkflow(request, actor, clock.UtcNow).Fire(RequestTrigger.ApproveStep, comment);
            var behalf = step?.OnBehalfOf is { } principal ? $" (on behalf of {principal})" : "";
            audit.Record(AuditActor.Of(actor), AuditActions.ApprovalStepApproved, request.Number,
                $"step {step?.Number}/{request.Steps.Count}{behalf}: {comment}");
            return request;
        }, request => request.Id);
}
