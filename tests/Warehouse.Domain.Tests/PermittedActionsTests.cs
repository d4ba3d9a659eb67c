using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Constants;

namespace Warehouse.Domain.Tests;

/// What a request's page may offer comes from the machine's permitted triggers, and agrees with what firing allows.
public sealed class PermittedActionsTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc);
    private static readonly WorkflowActor Department = new("dept", new HashSet<string> { Roles.Department }, [], 7);
    private static readonly WorkflowActor Manager = new("manager", new HashSet<string> { Roles.Manager }, [], null);
    private static readonly WorkflowActor Keeper = new("keeper", new HashSet<string> { Roles.Keeper }, [1], null);
    private static readonly WorkflowActor OtherKeeper = new("keeper2", new HashSet<string> { Roles.Keeper }, [2], null);
    private static readonly WorkflowActor Auditor = new("auditor", new HashSet<string> { Roles.Auditor }, [1], null);
    private static readonly WorkflowActor[] Actors = [Department, Manager, Keeper, OtherKeeper, Auditor];

    private static AllocationRequest Draft(EmergencyLevel level = EmergencyLevel.III)
    {
        var request = new AllocationRequest("SQ1", "dept", 7, Now);
        request.Describe("江澜溃堤", level, Now.AddHours(2), "李明", "13800000000", null);
        request.SendTo(DestinationKind.Township, "青石乡", null);
        request.SetLines([(1, 10)]);
        return request;
    }

    /// The request at each stage of its life, from draft to closed, plus an emergency release awaiting ratification.
    public static TheoryData<string> Stages() => ["draft", "submitted", "decided", "approved", "picking", "dispatched", "delivered",
        "closed", "rejected", "released"];

    private static AllocationRequest At(string stage)
    {
        var request = Draft(stage == "released" ? EmergencyLevel.I : EmergencyLevel.III);
        if (stage == "draft")
            return request;
        new AllocationWorkflow(request, Department, Now).Fire(RequestTrigger.Submit);
        if (stage == "rejected")
            new AllocationWorkflow(request, Manager, Now).Fire(RequestTrigger.Reject, "库存不足");
        if (stage == "released")
        {
            request.AddDispatch("DP1", 1).Plan(1, 10);
            new AllocationWorkflow(request, Keeper, Now).Fire(RequestTrigger.EmergencyRelease);
        }
        if (stage is "submitted" or "rejected" or "released")
            return request;
        request.Decide(1, 10);
        var dispatch = request.AddDispatch("DP1", 1);
        dispatch.Plan(1, 10);
        string[] after = ["approved", "picking", "dispatched", "delivered", "closed"];
        if (stage == "decided")
            return request;
        new AllocationWorkflow(request, Manager, Now).Fire(RequestTrigger.Approve);
        if (Array.IndexOf(after, stage) >= 1)
            new AllocationWorkflow(request, Keeper, Now).Fire(RequestTrigger.StartPicking);
        if (Array.IndexOf(after, stage) >= 2)
            Send(request, dispatch);
        if (Array.IndexOf(after, stage) >= 3)
        {
            dispatch.ConfirmDelivery("dept", Now, null, new Dictionary<int, (int, int)>());
            new AllocationWorkflow(request, Department, Now).Fire(RequestTrigger.ConfirmDelivery);
        }
        if (stage == "closed")
            new AllocationWorkflow(request, Manager, Now).Fire(RequestTrigger.Close);
        return request;
    }

    private static void Send(AllocationRequest request, Dispatch dispatch)
    {
        var item = new Item("SH-1", "帐篷", SupplyClass.FoodAndShelter, "顶", TrackingMode.None);
        typeof(Item).GetProperty(nameof(Item.Id))!.SetValue(item, 1);
        dispatch.Pick(item, 10, 1, null, null, null, new ClientKey("test", "s1"), "keeper", Now, null);
        dispatch.Send("浙A12345", "王师傅", "13900000000", "keeper", Now);
        new AllocationWorkflow(request, Keeper, Now).Fire(RequestTrigger.Dispatch);
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public void Every_action_offered_passes_the_firing_check_and_every_other_is_refused_for_every_actor(string stage)
    {
        foreach (var actor in Actors)
        {
            var request = At(stage);
            var offered = request.PermittedActions(actor);
            foreach (var trigger in Enum.GetValues<RequestTrigger>())
            {
                var refusal = Record.Exception(() => new AllocationWorkflow(request, actor, Now).EnsureCanFire(trigger));
                Assert.True(offered.Contains(trigger) == refusal is null,
                    $"{stage}, {actor.UserName}, {trigger}: offered {offered.Contains(trigger)}, refused {refusal?.Message}");
            }
        }
    }

    [Fact]
    public void Each_actor_is_offered_only_its_own_steps_in_the_workflows_order()
    {
        Assert.Equal([RequestTrigger.Submit, RequestTrigger.Cancel], At("draft").PermittedActions(Department));
        Assert.Equal([RequestTrigger.Approve, RequestTrigger.Reject, RequestTrigger.Cancel], At("decided").PermittedActions(Manager));
        Assert.Equal([RequestTrigger.Reject, RequestTrigger.Cancel], At("submitted").PermittedActions(Manager));
        Assert.Equal([RequestTrigger.StartPicking], At("approved").PermittedActions(Keeper));
        Assert.Empty(At("approved").PermittedActions(OtherKeeper));
        Assert.Empty(At("picking").PermittedActions(Keeper));
        Assert.Empty(At("dispatched").PermittedActions(Department));
        Assert.Equal([RequestTrigger.Close], At("delivered").PermittedActions(Manager));
        Assert.Equal([RequestTrigger.Ratify, RequestTrigger.RefuseRatification], At("released").PermittedActions(Manager));
        Assert.Empty(At("decided").PermittedActions(Auditor));
        Assert.Empty(At("closed").PermittedActions(Manager));
    }

    [Fact]
    public void Asking_what_may_be_done_changes_nothing_on_the_request()
    {
        var request = At("released");
        var transitions = request.Transitions.Count;

        Assert.NotEmpty(request.PermittedActions(Manager));

        Assert.Equal((RequestState.Picking, Ratification.Pending, transitions), (request.State, request.Ratification, request.Transitions.Count));
        Assert.Equal(request.PermittedActions(Manager), new AllocationWorkflow(request, Manager, Now).Permitted);
    }
}
