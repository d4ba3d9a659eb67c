using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Domain.Constants;

namespace Warehouse.Domain.Tests;

/// Reject, cancel and refuse ratification need a reason whichever way they are fired, and the request keeps it.
public sealed class WorkflowReasonTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc);
    private static readonly WorkflowActor Department = new("dept", new HashSet<string> { Roles.Department }, [], 7);
    private static readonly WorkflowActor Manager = new("manager", new HashSet<string> { Roles.Manager }, [], null);
    private static readonly WorkflowActor Keeper = new("keeper", new HashSet<string> { Roles.Keeper }, [1], null);

    private static AllocationRequest Submitted(EmergencyLevel level = EmergencyLevel.III)
    {
        var request = new AllocationRequest("SQ1", "dept", 7, Now);
        request.Describe("江澜溃堤", level, Now.AddHours(2), "李明", "13800000000", null);
        request.SendTo(DestinationKind.Township, "青石乡", null);
        request.SetLines([(1, 10)]);
        new AllocationWorkflow(request, Department, Now).Fire(RequestTrigger.Submit);
        return request;
    }

    [Theory]
    [InlineData(RequestTrigger.Reject, null)]
    [InlineData(RequestTrigger.Reject, "  ")]
    [InlineData(RequestTrigger.Cancel, null)]
    public void A_reject_or_cancel_without_a_reason_is_refused_and_changes_nothing(RequestTrigger trigger, string? reason)
    {
        var request = Submitted();

        var refused = Assert.Throws<DomainException>(() => new AllocationWorkflow(request, Manager, Now).Fire(trigger, reason));

        Assert.Equal("ReasonRequired", refused.Error.Code);
        Assert.Equal(RequestState.Submitted, request.State);
        Assert.Null(request.Reason);
    }

    [Fact]
    public void A_refused_ratification_needs_a_reason_and_the_request_keeps_it()
    {
        var request = Submitted(EmergencyLevel.I);
        new AllocationWorkflow(request, Keeper, Now).Fire(RequestTrigger.EmergencyRelease);

        Assert.Equal("ReasonRequired",
            Assert.Throws<DomainException>(() => new AllocationWorkflow(request, Manager, Now).Fire(RequestTrigger.RefuseRatification)).Error.Code);
        Assert.Equal(Ratification.Pending, request.Ratification);

        new AllocationWorkflow(request, Manager, Now).Fire(RequestTrigger.RefuseRatification, "未经批准");
        Assert.Equal(Ratification.Refused, request.Ratification);
        Assert.Equal("未经批准", request.Reason);
        Assert.Contains(request.Transitions, t => t.Trigger == RequestTrigger.RefuseRatification && t.Note == "未经批准");
    }

    [Fact]
    public void A_rejection_keeps_its_reason_on_the_request_and_on_its_transition()
    {
        var request = Submitted();

        new AllocationWorkflow(request, Manager, Now).Fire(RequestTrigger.Reject, "库存不足");

        Assert.Equal(RequestState.Rejected, request.State);
        Assert.Equal("库存不足", request.Reason);
        Assert.Contains(request.Transitions, t => t.Trigger == RequestTrigger.Reject && t.Note == "库存不足");
    }

    [Fact]
    public void A_step_refused_by_a_guard_says_the_guards_own_words_before_anything_is_fired()
    {
        var request = Submitted(EmergencyLevel.III);
        var workflow = new AllocationWorkflow(request, Keeper, Now);

        var refused = Assert.Throws<DomainException>(() => workflow.EnsureCanFire(RequestTrigger.EmergencyRelease));

        Assert.Equal("GuardRefused", refused.Error.Code);
        Assert.Equal("Emergency release is only for level I and II emergencies.", refused.Error.Message);
        Assert.Equal(RequestState.Submitted, request.State);
    }
}
