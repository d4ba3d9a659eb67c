using Warehouse.Domain.Allocation;

namespace Warehouse.Domain.Tests;

/// The graph a page draws is the live machine's configuration, arrow by arrow.
public sealed class WorkflowGraphTests
{
    [Fact]
    public void The_graphs_arrows_are_the_machines_transitions_with_their_guard_sentences()
    {
        var edges = AllocationWorkflow.Edges();

        var releases = edges.Where(e => e.Trigger == RequestTrigger.EmergencyRelease).ToList();
        Assert.Equal([(RequestState.Submitted, RequestState.Picking), (RequestState.InApproval, RequestState.Picking)],
            releases.Select(r => (r.From, r.To)));
        Assert.All(releases, r => Assert.Contains("Emergency release is only for level I and II emergencies.", r.Guards));
        Assert.Equal([(RequestState.Submitted, RequestState.InApproval), (RequestState.InApproval, RequestState.InApproval)],
            edges.Where(e => e.Trigger == RequestTrigger.ApproveStep).Select(e => (e.From, e.To)));
        Assert.Contains("Later approval steps follow, so approve this step first.",
            edges.Single(e => e.Trigger == RequestTrigger.Approve && e.From == RequestState.InApproval).Guards);
        Assert.Equal(3, edges.Count(e => e.Trigger == RequestTrigger.Ratify && e.From == e.To));
        Assert.Equal(edges.Count, AllocationWorkflow.Mermaid().Split('\n').Count(l => l.Contains(" --> ") && !l.StartsWith("[*]")));
        Assert.Equal(AllocationWorkflow.Initial, new AllocationRequest("SQ1", "dept", 7, DateTime.UtcNow).State);
    }
}
