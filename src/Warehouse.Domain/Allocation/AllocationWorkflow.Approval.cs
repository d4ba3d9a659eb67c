using Stateless;

namespace Warehouse.Domain.Allocation;

/// The approval steps: Submitted → In approval (step n of m) → Approved. Each step is decided by its authority (or
/// a deputy); a rejection at any step ends the request; the last step's approval decides the lines and reserves.
public sealed partial class AllocationWorkflow
{
    private static void ConfigureApproval(StateMachine<RequestState, RequestTrigger> machine, AllocationRequest request,
        WorkflowActor actor, IReadOnlyDictionary<RequestTrigger, StateMachine<RequestState, RequestTrigger>.TriggerWithParameters<string?>> withNote,
        Func<RequestTrigger, Tuple<Func<bool>, string>> who, Func<bool> linesDecided, DateTime nowUtc)
    {
        var moreSteps = Tuple.Create<Func<bool>, string>(() => !request.OnLastStep, "This is the last approval step, so approve the request.");
        var lastStep = Tuple.Create<Func<bool>, string>(() => request.OnLastStep, "Later approval steps follow, so approve this step first.");
        var decided = Tuple.Create(linesDecided, "Decide every line's quantity and source first.");
        var emergency = Tuple.Create<Func<bool>, string>(() => request.IsEmergency, "Emergency release is only for level I and II emergencies.");

        foreach (var state in new[] { RequestState.Submitted, RequestState.InApproval })
        {
            var configuration = machine.Configure(state)
                .PermitIf(RequestTrigger.Approve, RequestState.Approved, who(RequestTrigger.Approve), lastStep, decided)
                .PermitIf(RequestTrigger.Reject, RequestState.Rejected, who(RequestTrigger.Reject))
                .PermitIf(RequestTrigger.Cancel, RequestState.Cancelled, who(RequestTrigger.Cancel))
                .PermitIf(RequestTrigger.EmergencyRelease, RequestState.Picking, emergency, who(RequestTrigger.EmergencyRelease));
            if (state == RequestState.Submitted)
                configuration.PermitIf(RequestTrigger.ApproveStep, RequestState.InApproval, who(RequestTrigger.ApproveStep), moreSteps);
            else
                configuration.PermitReentryIf(RequestTrigger.ApproveStep, who(RequestTrigger.ApproveStep), moreSteps);
        }

        machine.Configure(RequestState.InApproval).OnEntryFrom(withNote[RequestTrigger.ApproveStep],
            comment => request.DecideStep(StepDecision.Approved, actor, nowUtc, comment));
        machine.Configure(RequestState.Approved).OnEntryFrom(withNote[RequestTrigger.Approve],
            comment => request.DecideStep(StepDecision.Approved, actor, nowUtc, comment));
    }
}
