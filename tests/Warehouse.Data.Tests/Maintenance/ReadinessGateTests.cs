using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data.Printing;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Constants;

namespace Warehouse.Data.Tests.Maintenance;

/// Only ready equipment goes out: an overdue unit is refused at the picking desk with the reason, a manager may let it
/// go with a reason that the pick and the audit trail keep, and proposals offer only units that may go out.
public sealed class ReadinessGateTests : IDisposable
{
    private static readonly WorkflowActor Department = new("dept", new HashSet<string> { Roles.Department }, [], null);
    private static readonly WorkflowActor Manager = new("manager", new HashSet<string> { Roles.Manager }, [], null);
    private static readonly WorkflowActor Administrator = new("admin", new HashSet<string> { Roles.Administrator }, [], null);
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private sealed class NoSlips : IDispatchSlipQueue
    {
        public Task EnqueueAsync(AllocationRequest request, Dispatch dispatch, DeliveryCodes codes, string userName) => Task.CompletedTask;
    }

    [Fact]
    public async Task Proposals_count_only_units_that_may_go_out_and_an_overdue_unit_is_refused_at_picking_with_its_due_day()
    {
        var setup = await new MaintenanceSetup(_database).BuildAsync("G-1", "G-2", "G-3");
        var overdue = await setup.ServicedAsync("G-1", 45);
        var ready = await setup.ServicedAsync("G-2", 3);
        await setup.ServicedAsync("G-3", 3);
        await using var db = _database.NewContext();
        var steps = new AllocationSteps(db, _database.Clock, new NoSlips());
        var id = await SubmittedAsync(steps, setup, 2);

        var proposal = Assert.Single(await steps.Proposals.ProposeAsync(id));
        await steps.Approval.ApproveAsync(id, await VersionAsync(db, id),
            [new LineDecision(setup.Generator, 2, [(setup.Depot, 2)])], Manager);
        var dispatchId = await db.Dispatches.Where(d => d.RequestId == id).Select(d => d.Id).SingleAsync();
        var refused = await steps.Picking.PickAsync(dispatchId, new ScannedGoods(setup.Generator, null, overdue), 1, null, null,
            "pick-overdue", setup.Keeper);
        var keeperOverride = await steps.Picking.PickAsync(dispatchId, new ScannedGoods(setup.Generator, null, overdue), 1, null,
            "急需", "pick-keeper-override", setup.Keeper);
        var picked = await steps.Picking.PickAsync(dispatchId, new ScannedGoods(setup.Generator, null, ready), 1, null, null,
            "pick-ready", setup.Keeper);

        Assert.Equal(2, Assert.Single(proposal.Options).Available);
        Assert.Equal("UnitOverdue", refused.Error?.Code);
        Assert.Equal(_database.Clock.Today.AddDays(-15).ToString("yyyy-MM-dd"), refused.Error!.Arguments[1]);
        Assert.Equal("ReadinessOverrideByManager", keeperOverride.Error?.Code);
        Assert.True(picked.Succeeded, picked.Error?.Message);
        Assert.Equal([ready], await db.DispatchPicks.Select(p => p.EquipmentUnitId).ToListAsync());
    }

    [Fact]
    public async Task A_manager_picking_an_overdue_unit_with_a_reason_is_let_through_and_the_pick_and_the_audit_keep_the_reason()
    {
        var setup = await new MaintenanceSetup(_database).BuildAsync("G-1");
        var overdue = await setup.ServicedAsync("G-1", 45);
        await using var db = _database.NewContext();
        var steps = new AllocationSteps(db, _database.Clock, new NoSlips());
        var id = await SubmittedAsync(steps, setup, 1);
        await steps.Approval.ApproveAsync(id, await VersionAsync(db, id),
            [new LineDecision(setup.Generator, 1, [(setup.Depot, 1)])], Manager);
        var dispatchId = await db.Dispatches.Where(d => d.RequestId == id).Select(d => d.Id).SingleAsync();

        var picked = await steps.Picking.PickAsync(dispatchId, new ScannedGoods(setup.Generator, null, overdue), 1, null,
            "现场急需，出库前已试机", "pick-1", Administrator);

        Assert.True(picked.Succeeded, picked.Error?.Message);
        var pick = await db.DispatchPicks.AsNoTracking().SingleAsync();
        Assert.Equal("admin: 现场急需，出库前已试机", pick.ReadinessOverride);
        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditActions.ReadinessOverridden);
        Assert.Equal("admin", audit.UserName);
        Assert.Contains("现场急需", audit.Detail);
    }

    [Fact]
    public async Task A_unit_back_from_a_dispatch_needing_repair_has_a_repair_job_and_is_not_proposed()
    {
        var setup = await new MaintenanceSetup(_database).BuildAsync("G-1");
        var unit = await setup.ServicedAsync("G-1", 1);
        await using var db = _database.NewContext();
        var steps = new AllocationSteps(db, _database.Clock, new NoSlips());
        var first = await SubmittedAsync(steps, setup, 1);
        await steps.Approval.ApproveAsync(first, await VersionAsync(db, first), [new LineDecision(setup.Generator, 1, [(setup.Depot, 1)])],
            Manager);
        var dispatchId = await db.Dispatches.Where(d => d.RequestId == first).Select(d => d.Id).SingleAsync();
        await steps.Picking.PickAsync(dispatchId, new ScannedGoods(setup.Generator, null, unit), 1, null, null, "p", setup.Keeper);
        await steps.Dispatching.DispatchAsync(dispatchId, await VersionAsync(db, first),
            "浙A12345", "王师傅", "13900000000", setup.Keeper);

        var returned = await steps.Returns.ReturnAsync(dispatchId, setup.Generator, unit, 1, ReturnCondition.NeedsRepair, "油路堵塞",
            setup.Keeper);
        var second = await SubmittedAsync(steps, setup, 1);
        var proposal = Assert.Single(await steps.Proposals.ProposeAsync(second));

        Assert.True(returned.Succeeded, returned.Error?.Message);
        var job = await db.RepairJobs.AsNoTracking().SingleAsync();
        Assert.Equal((unit, Domain.Maintenance.RepairCause.ReturnedNeedingRepair, "油路堵塞", true),
            (job.EquipmentUnitId, job.Cause, job.Fault, job.IsOpen));
        Assert.Empty(proposal.Options);
    }

    private static async Task<int> SubmittedAsync(AllocationSteps steps, MaintenanceSetup setup, int generators)
    {
        var draft = await steps.Drafting.SaveDraftAsync(null, null, new DraftInput("汛期保电", EmergencyLevel.III,
            DateTime.UtcNow.AddHours(2), DestinationKind.Township, null, "青石乡", 30.25, 120.25, "李明", "13800000000", null,
            [(setup.Generator, generators)]), Department, null);
        Assert.True(draft.Succeeded, draft.Error?.Message);
        Assert.True((await steps.Triggers.FireAsync(draft.Value, 1, RequestTrigger.Submit, null, Department)).Succeeded);
        return draft.Value;
    }

    private static Task<int> VersionAsync(WarehouseDbContext db, int id) =>
        db.AllocationRequests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync();
}
