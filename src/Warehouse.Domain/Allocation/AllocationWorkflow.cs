using Stateless;
using Stateless.Graph;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Allocation;

/// Who fires a trigger: their roles, the depots they keep, their department.
public sealed record WorkflowActor(string UserName, IReadOnlySet<string> Roles, IReadOnlyList<int> Depots, int? DepartmentId,
    string? Scope = null)
{
    /// The key space this actor's client ids (pick scans) live in; see <see cref="ClientScopes"/>.
    public string ClientScope => Scope ?? ClientScopes.ForUser(UserName);
    public bool IsManager => Roles.Contains("Manager") || Roles.Contains("Administrator");
    public bool IsKeeper => Roles.Contains("Keeper") || Roles.Contains("Administrator");
    public bool KeepsDepot(int depotId) => Roles.Contains("Administrator") || (Roles.Contains("Keeper") && Depots.Contains(depotId));
    public bool SpeaksFor(AllocationRequest request) =>
        Roles.Contains("Administrator") || (Roles.Contains("Department") && request.DepartmentId == DepartmentId);
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

    private static void Configure(StateMachine<RequestState, RequestTrigger> machine, AllocationRequest request, WorkflowActor actor,
        Action<StateMachine<RequestState, RequestTrigger>.Transition> record)
    {
        machine.OnTransitioned(record);
        var isManager = (Func<bool>)(() => actor.IsManager);
        var speaksFor = (Func<bool>)(() => actor.SpeaksFor(request) || actor.IsManager);
        var hasLines = (Func<bool>)(() => request.Lines.Count > 0);
        var keepsASource = (Func<bool>)(() => request.Dispatches.Any(d => actor.KeepsDepot(d.SourceDepotId)));
        var allDispatched = (Func<bool>)(() => request.Dispatches.Count > 0 && request.Dispatches.All(d => d.State >= DispatchState.Dispatched));
        var allDelivered = (Func<bool>)(() => request.Dispatches.Count > 0 && request.Dispatches.All(d => d.State == DispatchState.Delivered));
        var linesDecided = (Func<bool>)(() => request.Lines.All(l => l.Approved is not null) && request.Lines.Any(l => l.Approved > 0));
        var ratificationPending = (Func<bool>)(() => request.Ratification == Ratification.Pending);
        var notPending = (Func<bool>)(() => request.Ratification != Ratification.Pending);

        machine.Configure(RequestState.Draft)
            .PermitIf(RequestTrigger.Submit, RequestState.Submitted,
                Tuple.Create<Func<bool>, string>(speaksFor, "Only the requesting department or a manager may submit it."),
                Tuple.Create<Func<bool>, string>(hasLines, "Add at least one line before submitting."))
            .PermitIf(RequestTrigger.Cancel, RequestState.Cancelled, speaksFor, "Only the requesting department or a manager may cancel it.");

        machine.Configure(RequestState.Submitted)
            .PermitIf(RequestTrigger.Approve, RequestState.Approved,
                Tuple.Create<Func<bool>, string>(isManager, "Only a manager may approve."),
                Tuple.Create<Func<bool>, string>(linesDecided, "Decide every line's quantity and source first."))
            .PermitIf(RequestTrigger.Reject, RequestState.Rejected, isManager, "Only a manager may reject.")
            .PermitIf(RequestTrigger.Cancel, RequestState.Cancelled, speaksFor, "Only the requesting department or a manager may cancel it.")
            .PermitIf(RequestTrigger.EmergencyRelease, RequestState.Picking,
                Tuple.Create<Func<bool>, string>(() => request.IsEmergency, "Emergency release is only for level I and II emergencies."),
                Tuple.Create<Func<bool>, string>(() => actor.IsKeeper, "Only a warehouse keeper at the source depot may release goods before approval."));

        machine.Configure(RequestState.Approved)
            .PermitIf(RequestTrigger.StartPicking, RequestState.Picking, keepsASource, "Only a keeper of a source depot may start picking.")
            .PermitIf(RequestTrigger.Cancel, RequestState.Cancelled, speaksFor, "Only the requesting department or a manager may cancel it.");

        machine.Configure(RequestState.Picking)
            .PermitIf(RequestTrigger.Dispatch, RequestState.Dispatched,
                Tuple.Create<Func<bool>, string>(keepsASource, "Only a keeper of a source depot may dispatch."),
                Tuple.Create<Func<bool>, string>(allDispatched, "Some dispatches have not left yet."));

        machine.Configure(RequestState.Dispatched)
            .PermitIf(RequestTrigger.ConfirmDelivery, RequestState.Delivered, allDelivered, "Some dispatches are still on their way.");

        machine.Configure(RequestState.Delivered)
            .PermitIf(RequestTrigger.Close, RequestState.Closed,
                Tuple.Create<Func<bool>, string>(isManager, "Only a manager may close a request."),
                Tuple.Create<Func<bool>, string>(notPending, "Ratify or refuse the emergency release before closing."));

        foreach (var state in new[] { RequestState.Picking, RequestState.Dispatched, RequestState.Delivered })
        {
            machine.Configure(state)
                .InternalTransitionIf(RequestTrigger.Ratify, _ => isManager() && ratificationPending(),
                    t => { request.MarkRatification(Ratification.Ratified); record(t); },
                    "A manager ratifies a pending emergency release.")
                .InternalTransitionIf(RequestTrigger.RefuseRatification, _ => isManager() && ratificationPending(),
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
