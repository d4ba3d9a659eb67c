using Stateless;
using Stateless.Graph;
using Warehouse.Domain.Common;
using RoleNames = Warehouse.Domain.Constants.Roles;

namespace Warehouse.Domain.Allocation;

/// Who fires a trigger: their roles, the depots they keep, their department. An account holding the Auditor role
/// reads everything and changes nothing, whatever other role it also holds.
public sealed record WorkflowActor(string UserName, IReadOnlySet<string> Roles, IReadOnlyList<int> Depots, int? DepartmentId,
    string? Scope = null)
{
    /// The key space this actor's client ids (pick scans) live in; see <see cref="ClientScopes"/>.
    public string ClientScope => Scope ?? ClientScopes.ForUser(UserName);
    public bool IsReadOnly => Roles.Contains(RoleNames.Auditor);
    public bool IsManager => !IsReadOnly && (Roles.Contains(RoleNames.Manager) || Roles.Contains(RoleNames.Administrator));
    public bool IsKeeper => !IsReadOnly && (Roles.Contains(RoleNames.Keeper) || Roles.Contains(RoleNames.Administrator));

    public bool KeepsDepot(int depotId) =>
        !IsReadOnly && (Roles.Contains(RoleNames.Administrator) || (Roles.Contains(RoleNames.Keeper) && Depots.Contains(depotId)));

    public bool SpeaksFor(AllocationRequest request) =>
        !IsReadOnly && (Roles.Contains(RoleNames.Administrator) || (Roles.Contains(RoleNames.Department) && request.DepartmentId == DepartmentId));

    /// Departments ask for supplies, managers may ask on their behalf; keepers and auditors do not.
    public bool MayRequest => IsManager || (!IsReadOnly && Roles.Contains(RoleNames.Department));

    /// Who signs for goods: a keeper of the receiving depot (a transfer), the requesting department (otherwise), or a manager.
    public bool MayConfirmDelivery(AllocationRequest request) =>
        IsManager || (request.IsTransfer ? KeepsDepot(request.DestinationDepotId ?? 0) : SpeaksFor(request));
}

/// The request's life as a Stateless machine, rebuilt around the entity for every action (Stateless is not
/// thread-safe, and one machine per request keeps it so). Guards carry the sentence the user reads when a step
/// is refused; the graph page is exported from this same configuration.
public sealed class AllocationWorkflow
{
    private readonly AllocationRequest _request;
    private readonly WorkflowActor _actor;
    private readonly DateTime _now;
    private readonly StateMachine<RequestState, RequestTrigger> _machine;
    private string? _note;

    public AllocationWorkflow(AllocationRequest request, WorkflowActor actor, DateTime nowUtc)
    {
        _request = request;
        _actor = actor;
        _now = nowUtc;
        _machine = new StateMachine<RequestState, RequestTrigger>(() => request.State, s => request.State = s);
        Configure(_machine, request, actor, t => request.Record(t.Source, t.Destination, t.Trigger, actor.UserName, _now, _note));
    }

    public RequestState State => _request.State;

    /// The triggers this actor may fire now, for the buttons on the request's page.
    public IReadOnlyList<RequestTrigger> Permitted => Enum.GetValues<RequestTrigger>().Where(_machine.CanFire).ToList();

    public bool CanFire(RequestTrigger trigger) => _machine.CanFire(trigger);

    /// Fires the trigger or says, in the guard's own words, why it may not be fired now.
    public void Fire(RequestTrigger trigger, string? note = null)
    {
        Authorize(trigger, _request, _actor);
        if (!_machine.CanFire(trigger, out var unmet))
        {
            throw new DomainException(unmet is { Count: > 0 }
                ? new DomainError("GuardRefused", string.Join(" ", unmet))
                : new DomainError("IllegalStep", $"'{trigger}' is not possible while the request is {_request.State}.", trigger.ToString(), _request.State.ToString()));
        }
        _note = note;
        _machine.Fire(trigger);
        _note = null;
    }

    /// The graph of states and triggers, as Mermaid, from a machine configured exactly like the live one.
    public static string Mermaid()
    {
        var request = new AllocationRequest("GRAPH", "graph", null, DateTime.UtcNow);
        var machine = new StateMachine<RequestState, RequestTrigger>(() => request.State, s => request.State = s);
        Configure(machine, request, new WorkflowActor("graph", new HashSet<string>(), [], null), _ => { });
        return MermaidGraph.Format(machine.GetInfo());
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
            RequestTrigger.Approve => (() => actor.IsManager, "Only a manager may approve."),
            RequestTrigger.Reject => (() => actor.IsManager, "Only a manager may reject."),
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

    private static void Configure(StateMachine<RequestState, RequestTrigger> machine, AllocationRequest request, WorkflowActor actor,
        Action<StateMachine<RequestState, RequestTrigger>.Transition> record)
    {
        machine.OnTransitioned(record);
        Tuple<Func<bool>, string> Who(RequestTrigger trigger) => Authority(trigger, request, actor).ToTuple();
        var hasLines = (Func<bool>)(() => request.Lines.Count > 0);
        var allDispatched = (Func<bool>)(() => request.Dispatches.Count > 0 && request.Dispatches.All(d => d.State >= DispatchState.Dispatched));
        var allDelivered = (Func<bool>)(() => request.Dispatches.Count > 0 && request.Dispatches.All(d => d.State == DispatchState.Delivered));
        var linesDecided = (Func<bool>)(() => request.Lines.All(l => l.Approved is not null) && request.Lines.Any(l => l.Approved > 0));
        var ratifiable = (Func<bool>)(() => actor.IsManager && request.Ratification == Ratification.Pending);
        var notPending = (Func<bool>)(() => request.Ratification != Ratification.Pending);

        machine.Configure(RequestState.Draft)
            .PermitIf(RequestTrigger.Submit, RequestState.Submitted, Who(RequestTrigger.Submit),
                Tuple.Create<Func<bool>, string>(hasLines, "Add at least one line before submitting."))
            .PermitIf(RequestTrigger.Cancel, RequestState.Cancelled, Who(RequestTrigger.Cancel));

        machine.Configure(RequestState.Submitted)
            .PermitIf(RequestTrigger.Approve, RequestState.Approved, Who(RequestTrigger.Approve),
                Tuple.Create<Func<bool>, string>(linesDecided, "Decide every line's quantity and source first."))
            .PermitIf(RequestTrigger.Reject, RequestState.Rejected, Who(RequestTrigger.Reject))
            .PermitIf(RequestTrigger.Cancel, RequestState.Cancelled, Who(RequestTrigger.Cancel))
            .PermitIf(RequestTrigger.EmergencyRelease, RequestState.Picking,
                Tuple.Create<Func<bool>, string>(() => request.IsEmergency, "Emergency release is only for level I and II emergencies."),
                Who(RequestTrigger.EmergencyRelease));

        machine.Configure(RequestState.Approved)
            .PermitIf(RequestTrigger.StartPicking, RequestState.Picking, Who(RequestTrigger.StartPicking))
            .PermitIf(RequestTrigger.Cancel, RequestState.Cancelled, Who(RequestTrigger.Cancel));

        machine.Configure(RequestState.Picking)
            .PermitIf(RequestTrigger.Dispatch, RequestState.Dispatched, Who(RequestTrigger.Dispatch),
                Tuple.Create<Func<bool>, string>(allDispatched, "Some dispatches have not left yet."));

        machine.Configure(RequestState.Dispatched)
            .PermitIf(RequestTrigger.ConfirmDelivery, RequestState.Delivered, Who(RequestTrigger.ConfirmDelivery),
                Tuple.Create<Func<bool>, string>(allDelivered, "Some dispatches are still on their way."));

        machine.Configure(RequestState.Delivered)
            .PermitIf(RequestTrigger.Close, RequestState.Closed, Who(RequestTrigger.Close),
                Tuple.Create<Func<bool>, string>(notPending, "Ratify or refuse the emergency release before closing."));

        foreach (var state in new[] { RequestState.Picking, RequestState.Dispatched, RequestState.Delivered })
        {
            machine.Configure(state)
                .InternalTransitionIf(RequestTrigger.Ratify, _ => ratifiable(),
                    t => { request.MarkRatification(Ratification.Ratified); record(t); },
                    "A manager ratifies a pending emergency release.")
                .InternalTransitionIf(RequestTrigger.RefuseRatification, _ => ratifiable(),
                    t => { request.MarkRatification(Ratification.Refused); record(t); },
                    "A manager refuses a pending emergency release.");
        }

        machine.Configure(RequestState.Picking).OnEntryFrom(RequestTrigger.EmergencyRelease, () => request.MarkRatification(Ratification.Pending));
    }

    /// Records why, for the steps that need one (reject, cancel, refuse ratification).
    public void FireWithReason(RequestTrigger trigger, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException(new("ReasonRequired", "Give a reason."));
        Fire(trigger, reason);
        _request.SetReason(reason);
    }
}
