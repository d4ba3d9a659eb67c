using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Domain.Constants;

namespace Warehouse.Domain.Tests;

/// Who may fire what, decided in the domain so that no path around a controller gets further.
public sealed class WorkflowAuthorityTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc);
    private static readonly WorkflowActor Department = new("dept", new HashSet<string> { Roles.Department }, [], 7);
    private static readonly WorkflowActor Manager = new("manager", new HashSet<string> { Roles.Manager }, [], null);
    private static readonly WorkflowActor Keeper = new("keeper", new HashSet<string> { Roles.Keeper }, [1], null);
    private static readonly WorkflowActor Auditor = new("auditor", new HashSet<string> { Roles.Auditor }, [], null);
    private static readonly WorkflowActor AuditingManager = new("am", new HashSet<string> { Roles.Auditor, Roles.Manager }, [1], 7);

    private static AllocationRequest Dispatched()
    {
        var request = new AllocationRequest("SQ1", "dept", 7, Now);
        request.Describe("江澜溃堤", EmergencyLevel.III, Now.AddHours(2), "李明", "13800000000", null);
        request.SendTo(DestinationKind.Township, "青石乡", null);
        request.SetLines([(1, 1)]);
        new AllocationWorkflow(request, Department, Now).Fire(RequestTrigger.Submit);
        request.Decide(1, 1);
        var dispatch = request.AddDispatch("DP1", 1);
        dispatch.Plan(1, 1);
        new AllocationWorkflow(request, Manager, Now).Fire(RequestTrigger.Approve);
        new AllocationWorkflow(request, Keeper, Now).Fire(RequestTrigger.StartPicking);
        var tent = new Catalog.Item("SH-1", "帐篷", Catalog.SupplyClass.FoodAndShelter, "顶", Catalog.TrackingMode.None);
        typeof(Catalog.Item).GetProperty("Id")!.SetValue(tent, 1);
        dispatch.Pick(tent, 1, 1, null, null, null, new ClientKey("test", "b"), "keeper", Now, null);
        dispatch.Send("浙A1", "王", "139", "keeper", Now);
        new AllocationWorkflow(request, Keeper, Now).Fire(RequestTrigger.Dispatch);
        dispatch.ConfirmDelivery("dept", Now, null, new Dictionary<int, (int, int)>());
        return request;
    }

    [Theory]
    [InlineData("auditor")]
    [InlineData("keeper")]
    [InlineData("auditing manager")]
    public void Only_the_requesting_department_or_a_manager_confirms_a_delivery_to_a_township(string who)
    {
        var actor = who switch { "auditor" => Auditor, "keeper" => Keeper, _ => AuditingManager };
        var request = Dispatched();

        var refused = Assert.Throws<DomainException>(() => new AllocationWorkflow(request, actor, Now).Fire(RequestTrigger.ConfirmDelivery));

        Assert.Equal("Forbidden", refused.Error.Code);
        Assert.Equal(RequestState.Dispatched, request.State);
        Assert.Empty(new AllocationWorkflow(request, actor, Now).Permitted);
        new AllocationWorkflow(request, Department, Now).Fire(RequestTrigger.ConfirmDelivery);
        Assert.Equal(RequestState.Delivered, request.State);
    }

    [Fact]
    public void An_auditor_account_is_read_only_whatever_other_role_it_holds()
    {
        Assert.False(AuditingManager.IsManager);
        Assert.False(AuditingManager.KeepsDepot(1));
        Assert.False(AuditingManager.MayRequest);
        Assert.False(Auditor.MayRequest);
        Assert.False(Keeper.MayRequest);
        Assert.True(Department.MayRequest);
        Assert.True(Manager.MayRequest);
    }
}
