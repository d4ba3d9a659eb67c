using Stateless;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Allocation;

/// The request's life as a Stateless machine, rebuilt around the entity for every action (Stateless is not
/// thread-safe, and one machine per request keeps it so). Guards carry the sentence the user reads when a step
/// is refused; the graph page is exported from this same configuration (AllocationWorkflow.Graph.cs).
public sealed partial class AllocationWorkflow
{
    private readonly AllocationRequest _request;
    private readonly WorkflowActor _actor;
    private readonly StateMachine<RequestState, RequestTrigger> _machine;
    private readonly IReadOnlyDictionary<RequestTrigger, StateMachine<RequestState,
        RequestTrigger>.TriggerWithParameters<string?>> _withNote;

    public AllocationWorkflow(AllocationRequest request, WorkflowActor actor, DateTime nowUtc)
    {
        _request = request;
        _actor = actor;
        _machine = new StateMachine<RequestState, RequestTrigger>(() => request.State, s => request.State = s);
        _withNote = Configure(_machine, request, actor,
            t => request.Record(t.Source, t.Destination, t.Trigger, actor.UserName, nowUtc,
                t.Parameters is [string note, ..] ? note : null), nowUtc);
    }

    public RequestState State => _request.State;

    /// The triggers this actor may fire now, in the workflow's order: the buttons on the request's page.
    public IReadOnlyList<RequestTrigger> Permitted => PermittedOf(_machine);

    /// What the actor may do to the request now, read from a machine that records nothing: what a page may offer.
    public static IReadOnlyList<RequestTrigger> PermittedFor(AllocationRequest request, WorkflowActor actor)
    {
        var machine = new StateMachine<RequestState, RequestTrigger>(() => request.State, _ => { });
        Configure(machine, request, actor, _ => { }, DateTime.UtcNow);
        return PermittedOf(machine);
    }

    // Every guard and action here is synchronous; Stateless 5.20 marks the synchronous listing obsolete only in favour of its async twin.
#pragma warning disable CS0618
    private static List<RequestTrigger> PermittedOf(StateMachine<RequestState, RequestTrigger> machine) =>
        machine.PermittedTriggers.Distinct().Order().ToList();
#pragma warning restore CS0618

    public bool CanFire(RequestTrigger trigger) => _machine.CanFire(trigger);

    /// Reject, cancel and refuse ratification need a reason, which the request keeps.
    public static bool NeedsReason(RequestTrigger trigger) =>
        trigger is RequestTrigger.Reject or RequestTrigger.Cancel or RequestTrigger.RefuseRatification;

    /// Refuses a trigger that may not be fired now: a 403 for an actor without the authority, else the guard's own words.
    public void EnsureCanFire(RequestTrigger trigger)
    {
        Authorize(trigger, _request, _actor);
        if (!_machine.CanFire(trigger, out var unmet))
        {
            throw new DomainException(unmet is { Count: > 0 }
                ? Errors.GuardRefused(unmet)
                : Errors.IllegalStep(trigger.ToString(), _request.State.ToString()));
        }
    }

    /// Fires the trigger with its note (the reason, for the triggers that need one) or says why it may not be fired now.
    public void Fire(RequestTrigger trigger, string? note = null)
    {
        if (NeedsReason(trigger) && string.IsNullOrWhiteSpace(note))
            throw new DomainException(Errors.ReasonRequired());
        EnsureCanFire(trigger);
        _machine.Fire(_withNote[trigger], note);
    }

    /// Who may fire each trigger, and the sentence a refused user reads. The machine's guards and the check that
    /// refuses an unauthorized step before any other rule both read this one table.
    public static (Func<bool> May, string Refusal) Authority(RequestTrigger trigger, AllocationRequest request, WorkflowActor actor)
    {
        Func<bool> speaksFor = () => actor.SpeaksFor(request) || actor.IsManager;
        Func<bool> keepsASource = () => request.Dispatches.Any(d => actor.KeepsDepot(d.SourceDepotId));
        return trigger switch
        {
            RequestTrigger.Submit => (speaksFor, "Only the requesting department or a manager may submit it."),
            RequestTrigger.Cancel => (speaksFor, "Only the requesting department or a manager may cancel it."),
            RequestTrigger.Approve or RequestTrigger.ApproveStep =>
                (() => request.MayDecideStep(actor), "Only the approver of the current step, or their deputy, may approve it."),
            RequestTrigger.Reject =>
                (() => request.MayDecideStep(actor), "Only the approver of the current step, or their deputy, may reject it."),
            RequestTrigger.Close => (() => actor.IsManager, "Only a manager may close a request."),
            RequestTrigger.Ratify or RequestTrigger.RefuseRatification =>
                (() => actor.IsManager, "A manager ratifies a pending emergency release."),
            RequestTrigger.EmergencyRelease =>
                (() => actor.IsKeeper, "Only a warehouse keeper at the source depot may release goods before approval."),
            RequestTrigger.StartPicking => (keepsASource, "Only a keeper of a source depot may start picking."),
            RequestTrigger.Dispatch => (keepsASource, "Only a keeper of a source depot may dispatch."),
            RequestTrigger.ConfirmDelivery => (() => actor.MayConfirmDelivery(request),
                "Only a keeper of the destination depot, the requesting department or a manager may confirm delivery."),
            _ => (() => false, "Unknown step."),
        };
    }

    /// Refuses a step the actor may not take, whatever the request's state: a 403, not a broken rule.
    public static void Authorize(RequestTrigger trigger, AllocationRequest request, WorkflowActor actor)
    {
        var (may, refusal) = Authority(trigger, request, actor);
        if (!may())
            throw new DomainException(Errors.Forbidden(refusal));
    }

    private static Dictionary<RequestTrigger, StateMachine<RequestState, RequestTrigger>.TriggerWithParameters<string?>> Configure(
        StateMachine<RequestState, RequestTrigger> machine, AllocationRequest request, WorkflowActor actor,
        Action<StateMachine<RequestState, RequestTrigger>.Transition> record, DateTime nowUtc)
    {
        // Every trigger carries its note (a reason, for reject, cancel and refuse ratification): declared once, fired typed.
        var withNote = Enum.GetValues<RequestTrigger>().ToDictionary(t => t, t => machine.SetTriggerParameters<string?>(t));
        machine.OnTransitioned(record);
        Tuple<Func<bool>, string> Who(RequestTrigger trigger) => Authority(trigger, request, actor).ToTuple();
        var hasLines = (Func<bool>)(() => request.Lines.Count > 0);
        var allDispatched = (Func<bool>)(() => request.Dispatches.Count > 0
            && request.Dispatches.All(d => d.State >= DispatchState.Dispatched));
        var allDelivered = (Func<bool>)(() => request.AllDelivered);
        // A request sourced only from agreements has nothing to pick: it is delivered straight from Approved.
        var onlyCalledUp = (Func<bool>)(() => request.Dispatches.Count == 0 && request.AllDelivered);
        var linesDecided = (Func<bool>)(() => request.Lines.All(l => l.Approved is not null) && request.Lines.Any(l => l.Approved > 0));
        var ratifiable = (Func<bool>)(() => actor.IsManager && request.Ratification == Ratification.Pending);
        var notPending = (Func<bool>)(() => request.Ratification != Ratification.Pending);

        machine.Configure(RequestState.Draft)
            .PermitIf(RequestTrigger.Submit, RequestState.Submitted, Who(RequestTrigger.Submit),
                Tuple.Create<Func<bool>, string>(hasLines, "Add at least one line before submitting."))
            .PermitIf(RequestTrigger.Cancel, RequestState.Cancelled, Who(RequestTrigger.Cancel));

        ConfigureApproval(machine, request, actor, withNote, Who, linesDecided, nowUtc);

        machine.Configure(RequestState.Approved)
            .PermitIf(RequestTrigger.StartPicking, RequestState.Picking, Who(RequestTrigger.StartPicking))
            .PermitIf(RequestTrigger.ConfirmDelivery, RequestState.Delivered, Who(RequestTrigger.ConfirmDelivery),
                Tuple.Create<Func<bool>, string>(onlyCalledUp, "Some call-up orders have not been delivered yet."))
            .PermitIf(RequestTrigger.Cancel, RequestState.Cancelled, Who(RequestTrigger.Cancel));

        machine.Configure(RequestState.Picking)
            .PermitIf(RequestTrigger.Dispatch, RequestState.Dispatched, Who(RequestTrigger.Dispatch),
                Tuple.Create<Func<bool>, string>(allDispatched, "Some dispatches have not left yet."));

        machine.Configure(RequestState.Dispatched)
            .PermitIf(RequestTrigger.ConfirmDelivery, RequestState.Delivered, Who(RequestTrigger.ConfirmDelivery),
                Tuple.Create<Func<bool>, string>(allDelivered, "Some dispatches or call-up orders are still on their way."));

        machine.Configure(RequestState.Delivered)
            .PermitIf(RequestTrigger.Close, RequestState.Closed, Who(RequestTrigger.Close),
                Tuple.Create<Func<bool>, string>(notPending, "Ratify or refuse the emergency release before closing."));

        foreach (var state in new[] { RequestState.Picking, RequestState.Dispatched, RequestState.Delivered })
        {
            machine.Configure(state)
                .InternalTransitionIf(RequestTrigger.Ratify, _ => ratifiable(),
                    t => { request.MarkRatification(Ratification.Ratified); record(t); },
                    "A manager ratifies a pending emergency release.")
                .InternalTransitionIf(withNote[RequestTrigger.RefuseRatification], _ => ratifiable(),
                    (reason, t) => { request.MarkRatification(Ratification.Refused); record(t); request.SetReason(reason); },
                    "A manager refuses a pending emergency release.");
        }

        machine.Configure(RequestState.Picking).OnEntryFrom(RequestTrigger.EmergencyRelease,
            () => request.MarkRatification(Ratification.Pending));
        machine.Configure(RequestState.Rejected).OnEntryFrom(withNote[RequestTrigger.Reject], reason =>
        {
            request.DecideStep(StepDecision.Rejected, actor, nowUtc, reason);
            request.SetReason(reason);
        });
        machine.Configure(RequestState.Cancelled).OnEntryFrom(withNote[RequestTrigger.Cancel], request.SetReason);
        return withNote;
    }
}
