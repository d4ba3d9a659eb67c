using Warehouse.Data.Approvals;
using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Allocation.Steps;

/// The last approval step's authority (or their deputy) grants each line from chosen source depots; the stock is reserved
/// there at once, all or nothing.
public sealed class Approval(AllocationStepRunner runner, WorkflowNumbers numbers, Reservations reservations, AuditTrail audit,
    BureauClock clock, Deputies deputies, Suppliers.CallUpOrders callUps)
{
    public Task<Outcome<int>> ApproveAsync(int id, int version, IReadOnlyList<LineDecision> decisions, WorkflowActor actor,
        string? comment = null) =>
        runner.RunAsync(async () =>
        {
            FreeText.Require("comment", comment, multiLine: true);
            actor = await deputies.StandingAsync(actor);
            var request = await runner.LoadAsync(id, version, r => AllocationWorkflow.Authorize(RequestTrigger.Approve, r, actor));
            foreach (var decision in decisions)
                await DecideAsync(request, decision);
            await callUps.OrderAsync(request, decisions, actor);
            new AllocationWorkflow(request, actor, clock.UtcNow).Fire(RequestTrigger.Approve, comment);
            audit.Record(AuditActor.Of(actor), "allocation.approve", request.Number, string.Join("; ", decisions.Select(Describe)));
            return request;
        }, request => request.Id);

    private async Task DecideAsync(AllocationRequest request, LineDecision decision)
    {
        request.Decide(decision.ItemId, decision.Approved);
        var called = decision.CallUps ?? [];
        if (decision.Sources.Any(s => s.Quantity < 0) || called.Any(c => c.Quantity < 0)
            || decision.Sources.Sum(s => s.Quantity) + called.Sum(c => c.Quantity) != decision.Approved)
            throw new DomainException(Errors.SourcesDoNotAddUp());
        foreach (var (depotId, quantity) in decision.Sources.Where(s => s.Quantity > 0))
        {
            if (depotId == request.DestinationDepotId)
                throw new DomainException(Errors.SourceIsDestination());
            var dispatch = request.Dispatches.FirstOrDefault(d => d.SourceDepotId == depotId)
                ?? request.AddDispatch(await numbers.NextAsync("DP"), depotId);
            dispatch.Plan(decision.ItemId, quantity);
            await reservations.ReserveAsync(dispatch, decision.ItemId, quantity, allOrNothing: true);
        }
    }

    private static string Describe(LineDecision d) =>
        $"#{d.ItemId}×{d.Approved} from {string.Join(",", d.Sources.Select(s => $"{s.DepotId}:{s.Quantity}"))}"
        + (d.CallUps is { Count: > 0 } c ? $" + agreements {string.Join(",", c.Select(a => $"{a.AgreementId}:{a.Quantity}"))}" : "");
}
