using Stateless;
using Stateless.Graph;
using Stateless.Reflection;

namespace Warehouse.Domain.Allocation;

/// One arrow of the workflow graph: a trigger that leads from one state to another (or back to itself), and the
/// sentences of the guards that must hold.
public sealed record WorkflowEdge(RequestState From, RequestState To, RequestTrigger Trigger, IReadOnlyList<string> Guards);

/// The workflow's graph, read from a machine configured exactly like the live one, so it cannot drift from the code.
public sealed partial class AllocationWorkflow
{
    /// The state every request starts in.
    public const RequestState Initial = RequestState.Draft;

    /// The graph of states and triggers, as Mermaid with the code's own names.
    public static string Mermaid() => MermaidGraph.Format(GraphMachine().GetInfo());

    /// Every arrow of the graph, in the order the machine is configured, for a page to draw in its own language.
    public static IReadOnlyList<WorkflowEdge> Edges() =>
        GraphMachine().GetInfo().States
            .SelectMany(s => s.FixedTransitions.Select(t => Edge(s, t)))
            .ToList();

    private static WorkflowEdge Edge(StateInfo state, FixedTransitionInfo transition) =>
        new((RequestState)state.UnderlyingState, (RequestState)transition.DestinationState.UnderlyingState,
            (RequestTrigger)transition.Trigger.UnderlyingTrigger,
            transition.GuardConditionsMethodDescriptions.Select(g => g.Description).ToList());

    private static StateMachine<RequestState, RequestTrigger> GraphMachine()
    {
        var request = new AllocationRequest("GRAPH", "graph", null, DateTime.UtcNow);
        var machine = new StateMachine<RequestState, RequestTrigger>(() => request.State, s => request.State = s);
        Configure(machine, request, new WorkflowActor("graph", new HashSet<string>(), [], null), _ => { }, DateTime.UtcNow);
        return machine;
    }
}
