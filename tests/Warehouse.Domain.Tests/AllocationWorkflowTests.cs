using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Domain.Constants;

namespace Warehouse.Domain.Tests;

public sealed class AllocationWorkflowTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc);
    private static readonly WorkflowActor Department = new("dept", new HashSet<string> { Roles.Department }, [], 7);
    private static readonly WorkflowActor Manager = new("manager", new HashSet<string> { Roles.Manager }, [], null);
    private static readonly WorkflowActor Keeper = new("keeper", new HashSet<string> { Roles.Keeper }, [1], null);
    private static readonly WorkflowActor OtherKeeper = new("keeper2", new HashSet<string> { Roles.Keeper }, [2], null);

    private static AllocationRequest Draft(EmergencyLevel level = EmergencyLevel.III)
    {
        var request = new AllocationRequest("SQ1", "dept", 7, Now);
        request.Describe("江澜溃堤", level, Now.AddHours(2), "李明", "13800000000", null);
        request.SendTo(DestinationKind.Township, "青石乡", null);
        request.SetLines([(1, 10)]);
        return request;
    }

    [Fact]
    public void A_request_goes_from_draft_to_closed_and_every_step_is_timed()
    {
        var request = Draft();
        new AllocationWorkflow(request, Department, Now).Fire(RequestTrigger.Submit);
        request.Decide(1, 10);
        var dispatch = request.AddDispatch("DP1", 1);
        dispatch.Plan(1, 10);
        new AllocationWorkflow(request, Manager, Now.AddMinutes(5)).Fire(RequestTrigger.Approve);
        new AllocationWorkflow(request, Keeper, Now.AddMinutes(10)).Fire(RequestTrigger.StartPicking);
        var item = new Catalog.Item("SH-1", "帐篷", Catalog.SupplyClass.FoodAndShelter, "顶", Catalog.TrackingMode.None);
        typeof(Catalog.Item).GetProperty("Id")!.SetValue(item, 1);
        dispatch.Pick(item, 10, 1, null, null, null, new ClientKey("test", "s1"), "keeper", Now.AddMinutes(20), null);
        var (qr, shortCode) = dispatch.Send("浙A12345", "王师傅", "13900000000", "keeper", Now.AddMinutes(30));
        new AllocationWorkflow(request, Keeper, Now.AddMinutes(30)).Fire(RequestTrigger.Dispatch);
        Assert.True(dispatch.Matches("WD-" + qr));
        Assert.True(dispatch.Matches(shortCode.ToLowerInvariant()));
        dispatch.ConfirmDelivery("dept", Now.AddMinutes(90), null, new Dictionary<int, (int, int)>());
        new AllocationWorkflow(request, Department, Now.AddMinutes(90)).Fire(RequestTrigger.ConfirmDelivery);
        new AllocationWorkflow(request, Manager, Now.AddMinutes(120)).Fire(RequestTrigger.Close);

        Assert.Equal(RequestState.Closed, request.State);
        Assert.Equal([RequestState.Submitted, RequestState.Approved, RequestState.Picking, RequestState.Dispatched, RequestState.Delivered, RequestState.Closed],
            request.Transitions.Select(t => t.To));
        Assert.Equal(Now.AddMinutes(90), request.Transitions.Single(t => t.To == RequestState.Delivered).At);
        Assert.Equal(90, dispatch.MinutesToDeliver);
        Assert.Equal("青石乡", dispatch.DeliveredTo);
    }

    [Fact]
    public void An_illegal_step_is_refused_with_the_guards_own_words()
    {
        var request = Draft();
        var refused = Assert.Throws<DomainException>(() => new AllocationWorkflow(request, Keeper, Now).Fire(RequestTrigger.Submit));
        Assert.Contains("requesting department", refused.Error.Message);
        var wrongState = Assert.Throws<DomainException>(() => new AllocationWorkflow(request, Manager, Now).Fire(RequestTrigger.Close));
        Assert.Contains("Draft", wrongState.Error.Message);
        Assert.Equal(RequestState.Draft, request.State);
        Assert.Empty(request.Transitions);
    }

    [Fact]
    public void Only_level_one_and_two_may_be_released_before_approval_and_it_then_awaits_ratification()
    {
        var routine = Draft(EmergencyLevel.III);
        new AllocationWorkflow(routine, Department, Now).Fire(RequestTrigger.Submit);
        Assert.Throws<DomainException>(() => new AllocationWorkflow(routine, Keeper, Now).Fire(RequestTrigger.EmergencyRelease));

        var urgent = Draft(EmergencyLevel.I);
        new AllocationWorkflow(urgent, Department, Now).Fire(RequestTrigger.Submit);
        new AllocationWorkflow(urgent, Keeper, Now).Fire(RequestTrigger.EmergencyRelease);
        Assert.Equal(RequestState.Picking, urgent.State);
        Assert.Equal(Ratification.Pending, urgent.Ratification);

        Assert.Throws<DomainException>(() => new AllocationWorkflow(urgent, Keeper, Now).Fire(RequestTrigger.Ratify));
        new AllocationWorkflow(urgent, Manager, Now).Fire(RequestTrigger.RefuseRatification, "未经批准");
        Assert.Equal(Ratification.Refused, urgent.Ratification);
        Assert.Equal(RequestState.Picking, urgent.State);
        Assert.Contains(urgent.Transitions, t => t.Trigger == RequestTrigger.RefuseRatification && t.By == "manager");
    }

    [Fact]
    public void The_department_sees_only_the_buttons_it_may_press()
    {
        var request = Draft();
        Assert.Equal([RequestTrigger.Submit, RequestTrigger.Cancel], new AllocationWorkflow(request, Department, Now).Permitted);
        new AllocationWorkflow(request, Department, Now).Fire(RequestTrigger.Submit);
        Assert.Equal([RequestTrigger.Cancel], new AllocationWorkflow(request, Department, Now).Permitted);
        Assert.DoesNotContain(RequestTrigger.Cancel, new AllocationWorkflow(request, OtherKeeper, Now).Permitted);
    }

    [Fact]
    public void Picking_refuses_wrong_items_and_over_picks()
    {
        var request = Draft();
        var dispatch = request.AddDispatch("DP1", 1);
        dispatch.Plan(1, 2);
        var tent = new Catalog.Item("SH-1", "帐篷", Catalog.SupplyClass.FoodAndShelter, "顶", Catalog.TrackingMode.None);
        typeof(Catalog.Item).GetProperty("Id")!.SetValue(tent, 1);
        var pump = new Catalog.Item("GS-1", "水泵", Catalog.SupplyClass.EngineeringEquipment, "台", Catalog.TrackingMode.Serial);
        typeof(Catalog.Item).GetProperty("Id")!.SetValue(pump, 2);

        Assert.Equal("WrongItem", Assert.Throws<DomainException>(() => dispatch.Pick(pump, 1, 5, null, 9, null, new ClientKey("test", "a"), "k", Now, null)).Error.Code);
        dispatch.Pick(tent, 2, 1, null, null, null, new ClientKey("test", "b"), "k", Now, null);
        Assert.Equal("OverPick", Assert.Throws<DomainException>(() => dispatch.Pick(tent, 1, 1, null, null, null, new ClientKey("test", "c"), "k", Now, null)).Error.Code);
        Assert.True(dispatch.IsFullyPicked);
    }

    [Fact]
    public void A_delivery_code_works_for_its_dispatch_only_and_once()
    {
        var request = Draft();
        var dispatch = request.AddDispatch("DP1", 1);
        dispatch.Plan(1, 1);
        var tent = new Catalog.Item("SH-1", "帐篷", Catalog.SupplyClass.FoodAndShelter, "顶", Catalog.TrackingMode.None);
        typeof(Catalog.Item).GetProperty("Id")!.SetValue(tent, 1);
        dispatch.Pick(tent, 1, 1, null, null, null, new ClientKey("test", "b"), "k", Now, null);
        var (_, code) = dispatch.Send("浙A1", "王", "139", "k", Now);

        Assert.False(dispatch.Matches("AAAAA-BBBBB"));
        dispatch.ConfirmDelivery("dept", Now, null, new Dictionary<int, (int, int)>());
        Assert.Equal("AlreadyDelivered", Assert.Throws<DomainException>(() => dispatch.ConfirmDelivery("dept", Now, null, new Dictionary<int, (int, int)>())).Error.Code);
        Assert.True(dispatch.Matches(code));
    }

    [Fact]
    public void The_graph_comes_from_the_machine()
    {
        var mermaid = AllocationWorkflow.Mermaid();
        Assert.Contains("Draft --> Submitted : Submit", mermaid);
        Assert.Contains("Submitted --> Picking : EmergencyRelease", mermaid);
    }
}
