using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Domain.Constants;

namespace Warehouse.Domain.Tests;

public sealed class BreachReasonTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Target = TimeSpan.FromMinutes(120);
    private static readonly WorkflowActor Department = new("dept", new HashSet<string> { Roles.Department }, [], 7);
    private static readonly WorkflowActor Manager = new("manager", new HashSet<string> { Roles.Manager }, [], null);
    private static readonly WorkflowActor Keeper = new("keeper", new HashSet<string> { Roles.Keeper }, [1], null);

    /// A request submitted at <see cref="Now"/> whose only dispatch is delivered the given minutes later.
    private static AllocationRequest DeliveredAfter(int minutes)
    {
        var request = new AllocationRequest("SQ1", "dept", 7, Now);
        request.Describe("江澜溃堤", EmergencyLevel.III, Now.AddHours(2), "李明", "13800000000", null);
        request.SendTo(DestinationKind.Township, "青石乡", null);
        request.SetLines([(1, 10)]);
        new AllocationWorkflow(request, Department, Now).Fire(RequestTrigger.Submit);
        request.Decide(1, 10);
        var dispatch = request.AddDispatch("DP1", 1);
        dispatch.Plan(1, 10);
        new AllocationWorkflow(request, Manager, Now.AddMinutes(5)).Fire(RequestTrigger.Approve);
        new AllocationWorkflow(request, Keeper, Now.AddMinutes(10)).Fire(RequestTrigger.StartPicking);
        var item = new Catalog.Item("SH-1", "帐篷", Catalog.SupplyClass.FoodAndShelter, "顶", Catalog.TrackingMode.None);
        typeof(Catalog.Item).GetProperty("Id")!.SetValue(item, 1);
        dispatch.Pick(item, 10, 1, null, null, null, new ClientKey("test", "s1"), "keeper", Now.AddMinutes(20), null);
        dispatch.Send("浙A12345", "王师傅", "13900000000", "keeper", Now.AddMinutes(30));
        new AllocationWorkflow(request, Keeper, Now.AddMinutes(30)).Fire(RequestTrigger.Dispatch);
        dispatch.ConfirmDelivery("dept", Now.AddMinutes(minutes), null, new Dictionary<int, (int, int)>());
        return request;
    }

    [Fact]
    public void A_request_delivered_after_the_target_is_late_and_one_delivered_at_the_target_is_not()
    {
        Assert.True(DeliveredAfter(121).DeliveredLate(Target));
        Assert.False(DeliveredAfter(120).DeliveredLate(Target));
        Assert.Equal(TimeSpan.FromMinutes(121), DeliveredAfter(121).DeliveryTime);
    }

    [Fact]
    public void A_late_delivery_without_a_reason_is_refused_and_keeps_none()
    {
        var request = DeliveredAfter(150);
        var refused = Assert.Throws<DomainException>(() => request.ExplainBreach(Target, null, "路上堵"));
        Assert.Equal("BreachReasonRequired", refused.Error.Code);
        Assert.Null(request.BreachReason);
        Assert.Null(request.BreachNote);
    }

    [Fact]
    public void Other_needs_a_note_and_a_named_reason_does_not()
    {
        var request = DeliveredAfter(150);
        Assert.Equal("BreachNoteRequired",
            Assert.Throws<DomainException>(() => request.ExplainBreach(Target, BreachReason.Other, "  ")).Error.Code);
        Assert.Null(request.BreachReason);

        request.ExplainBreach(Target, BreachReason.Other, "  桥梁限高，换车转运  ");
        Assert.Equal(BreachReason.Other, request.BreachReason);
        Assert.Equal("桥梁限高，换车转运", request.BreachNote);

        var named = DeliveredAfter(150);
        named.ExplainBreach(Target, BreachReason.RoadBlocked, null);
        Assert.Equal(BreachReason.RoadBlocked, named.BreachReason);
        Assert.Null(named.BreachNote);
    }

    [Fact]
    public void A_delivery_within_the_target_takes_no_reason()
    {
        var request = DeliveredAfter(90);
        request.ExplainBreach(Target, null, null);
        Assert.Null(request.BreachReason);
        Assert.Equal("NoBreachToExplain",
            Assert.Throws<DomainException>(() => request.ExplainBreach(Target, BreachReason.StockShort, null)).Error.Code);
        Assert.Null(request.BreachReason);
    }

    [Fact]
    public void A_reason_outside_the_list_or_a_note_with_control_characters_is_refused()
    {
        var request = DeliveredAfter(150);
        Assert.Equal("UnknownBreachReason",
            Assert.Throws<DomainException>(() => request.ExplainBreach(Target, (BreachReason)99, null)).Error.Code);
        Assert.Equal("TextHasControlCharacters",
            Assert.Throws<DomainException>(() => request.ExplainBreach(Target, BreachReason.Other, "绕行\u202E")).Error.Code);
        Assert.Null(request.BreachReason);
    }
}
