using Warehouse.Domain.Allocation;

namespace Warehouse.Domain.Tests;

/// The graph a page draws is the live machine's configuration, arrow by arrow.
public sealed class WorkflowGraphTests
{
    [Fact]
    public void The_graphs_arrows_are_the_machines_transitions_with_their_guard_sentences()
    {
        var edges = AllocationWorkflow.Edges();

        var release = Assert.Single(edges, e => e.Trigger == RequestTrigger.EmergencyRelease);
        Assert.Equal((RequestState.Submitted, RequestState.Picking), (release.From, release.To));
        Assert.Contains("Emergency release is only for level I and II emergencies.", release.Guards);
        Assert.Equal(3, edges.Count(e => e.Trigger == RequestTrigger.Ratify && e.From == e.To));
        Assert.Equal(edges.Count, AllocationWorkflow.Mermaid().Split('\n').Count(l => l.Contains(" --> ") && !l.StartsWith("[*]")));
        Assert.Equal(AllocationWorkflow.Initial, new AllocationRequest("SQ1", "dept", 7, DateTime.UtcNow).State);
    }
}
