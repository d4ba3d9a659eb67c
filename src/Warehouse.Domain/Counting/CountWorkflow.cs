using Stateless;
using Stateless.Graph;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Counting;

/// A count's life as a Stateless machine, rebuilt around the count for every step (Stateless is not thread-safe).
/// Planned → Counting → Review → Approved, with a recount round when variances exceed the tolerance, and Cancelled.
/// Guards carry the sentence the user reads; the /Workflow page draws the graph from this same configuration.
public sealed class CountWorkflow
{
    private readonly StockCount _count;
    private readonly WorkflowActor _actor;
    private readonly StateMachine<CountState, CountTrigger> _machine;

    public CountWorkflow(StockCount count, WorkflowActor actor)
    {
        _count = count;
        _actor = actor;
        _machine = new StateMachine<CountState, CountTrigger>(() => count.State, s => count.State = s);
        Configure(_machine, count, actor);
    }

    public CountState State => _count.State;

    /// The triggers this actor may fire now: the buttons on the count's page.
#pragma warning disable CS0618
    public IReadOnlyList<CountTrigger> Permitted => _machine.PermittedTriggers.Distinct().Order().ToList();
#pragma warning restore CS0618

    /// Fires the trigger, or says why it may not be fired: a 403 for an actor without the authority, else the guard's words.
    public void Fire(CountTrigger trigger)
    {
        Authorize(trigger, _count, _actor);
        if (!_machine.CanFire(trigger, out var unmet))
        {
            throw new DomainException(unmet is { Count: > 0 }
                ? Errors.GuardRefused(unmet)
                : Errors.CountStepNotNow(trigger.ToString(), _count.State.ToString()));
        }
        _machine.Fire(trigger);
    }

    /// The graph of states and triggers, as Mermaid, from a machine configured exactly like the live one.
    public static string Mermaid() => MermaidGraph.Format(GraphMachine().GetInfo());

    /// Every arrow of the graph as (from, trigger, to), for a page to draw in its own language.
    public static IReadOnlyList<(CountState From, CountTrigger Trigger, CountState To)> Edges() =>
        GraphMachine().GetInfo().States
            .SelectMany(s => s.FixedTransitions.Select(t => ((CountState)s.UnderlyingState,
                (CountTrigger)t.Trigger.UnderlyingTrigger, (CountState)t.DestinationState.UnderlyingState)))
            .ToList();

    private static StateMachine<CountState, CountTrigger> GraphMachine()
    {
        var count = new StockCount("GRAPH", 0, CountScope.Depot, null, "graph", DateTime.UtcNow);
        var machine = new StateMachine<CountState, CountTrigger>(() => count.State, s => count.State = s);
        Configure(machine, count, new WorkflowActor("graph", new HashSet<string>(), [], null));
        return machine;
    }

    /// Who may fire each trigger, and the sentence a refused user reads. Keepers of the depot count; managers approve,
    /// and never a count they counted themselves (separation of duties).
    public static (Func<bool> May, string Refusal) Authority(CountTrigger trigger, StockCount count, WorkflowActor actor) => trigger switch
    {
        CountTrigger.Start or CountTrigger.Submit or CountTrigger.Recount =>
            (() => actor.KeepsDepot(count.DepotId) || actor.IsManager, "Only a keeper of the depot or a manager may do this."),
        CountTrigger.Cancel => (() => actor.IsManager, "Only a manager may cancel a count."),
        CountTrigger.Approve => (() => actor.IsManager && !count.WasCountedBy(actor.UserName),
            "A manager who did not count it approves a count's variances."),
        _ => (() => false, "Unknown step."),
    };

    public static void Authorize(CountTrigger trigger, StockCount count, WorkflowActor actor)
    {
        var (may, refusal) = Authority(trigger, count, actor);
        if (!may())
            throw new DomainException(trigger == CountTrigger.Approve && actor.IsManager
                ? Errors.CounterCannotApprove(count.Number)
                : Errors.Forbidden(refusal));
    }

    private static void Configure(StateMachine<CountState, CountTrigger> machine, StockCount count, WorkflowActor actor)
    {
        Tuple<Func<bool>, string> Who(CountTrigger trigger) => Authority(trigger, count, actor).ToTuple();
        var allCounted = Tuple.Create<Func<bool>, string>(() => count.Locations.All(l => l.IsCounted),
            "Count every location of the count before submitting it.");
        var recountDone = Tuple.Create<Func<bool>, string>(() => !count.Locations.Any(l => l.AwaitsRecount),
            "Recount every location sent for a recount before submitting it.");
        var needsRecount = Tuple.Create<Func<bool>, string>(() => count.Locations.Any(l => l.AwaitsRecount),
            "No line is over the tolerance.");

        machine.Configure(CountState.Planned)
            .PermitIf(CountTrigger.Start, CountState.Counting, Who(CountTrigger.Start))
            .PermitIf(CountTrigger.Cancel, CountState.Cancelled, Who(CountTrigger.Cancel));
        machine.Configure(CountState.Counting)
            .PermitIf(CountTrigger.Submit, CountState.Review, Who(CountTrigger.Submit), allCounted)
            .PermitIf(CountTrigger.Cancel, CountState.Cancelled, Who(CountTrigger.Cancel));
        machine.Configure(CountState.Review)
            .PermitIf(CountTrigger.Recount, CountState.Recounting, Who(CountTrigger.Recount), needsRecount)
            .PermitIf(CountTrigger.Approve, CountState.Approved, Who(CountTrigger.Approve), recountDone)
            .PermitIf(CountTrigger.Cancel, CountState.Cancelled, Who(CountTrigger.Cancel));
        machine.Configure(CountState.Recounting)
            .PermitIf(CountTrigger.Submit, CountState.Review, Who(CountTrigger.Submit), recountDone)
            .PermitIf(CountTrigger.Cancel, CountState.Cancelled, Who(CountTrigger.Cancel));
    }
}
