using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Data.Printing;
using Warehouse.Data.Suppliers;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Tests;

/// The allocation workflow's steps on one context and clock, wired by the app's own registration.
internal sealed class AllocationSteps(WarehouseDbContext db, BureauClock clock, IDispatchSlipQueue slips)
{
    private readonly ServiceProvider _services = new ServiceCollection().AddSingleton(db).AddSingleton(clock).AddSingleton(slips)
        .AddAllocationSteps().BuildServiceProvider();

    public Drafting Drafting => Get<Drafting>();
    public RequestTriggers Triggers => Get<RequestTriggers>();
    public SourceProposals Proposals => Get<SourceProposals>();
    public Approval Approval => Get<Approval>();
    public EmergencyRelease EmergencyRelease => Get<EmergencyRelease>();
    public Picking Picking => Get<Picking>();
    public Dispatching Dispatching => Get<Dispatching>();
    public DeliveryConfirmation Delivery => Get<DeliveryConfirmation>();
    public Returns Returns => Get<Returns>();
    public KitPicking KitPicking => Get<KitPicking>();
    public CodeReissue CodeReissue => Get<CodeReissue>();
    public StepApproval StepApproval => Get<StepApproval>();
    public Approvals.DelegationBook Delegations => Get<Approvals.DelegationBook>();
    public Approvals.ApprovalRuleBook Rules => Get<Approvals.ApprovalRuleBook>();
    public Notifications.NotificationPlanner Notices => Get<Notifications.NotificationPlanner>();
    public CallUpDeliveries CallUps => Get<CallUpDeliveries>();
    public CallUpCancellations CallUpCancellations => Get<CallUpCancellations>();

    private T Get<T>() where T : notnull => _services.GetRequiredService<T>();
}
