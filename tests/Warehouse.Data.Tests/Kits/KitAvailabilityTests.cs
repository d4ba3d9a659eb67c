using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data.Auditing;
using Warehouse.Data.Kits;
using Warehouse.Data.Printing;
using Warehouse.Data.Stock;
using Warehouse.Data.Tests.Maintenance;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Kits;

namespace Warehouse.Data.Tests.Kits;

/// What a packed kit holds is not free: approvals neither propose nor reserve it, until the kit is unpacked.
public sealed class KitAvailabilityTests : IDisposable
{
    private static readonly WorkflowActor Manager = new("manager", new HashSet<string> { Roles.Manager }, [], null);
    private TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task An_approval_does_not_promise_a_unit_packed_in_a_kit_until_the_kit_is_unpacked()
    {
        var setup = await new MaintenanceSetup(_database).BuildAsync("G-1", "G-2");
        await setup.ServicedAsync("G-1", 1);
        await setup.ServicedAsync("G-2", 1);
        var kit = await PackedKitAsync(setup);
        await using var db = _database.NewContext();
        var steps = new AllocationSteps(db, _database.Clock, new NoSlips());
        var draft = await steps.Drafting.SaveDraftAsync(null, null, new DraftInput("江澜溃堤", EmergencyLevel.III, DateTime.UtcNow.AddHours(2),
            DestinationKind.Township, null, "青石乡", 30.25, 120.25, "李明", "13800000000", null, [(setup.Generator, 2)]), Manager, null);
        Assert.True((await steps.Triggers.FireAsync(draft.Value, 1, RequestTrigger.Submit, null, Manager)).Succeeded);

        var proposal = Assert.Single(await steps.Proposals.ProposeAsync(draft.Value));
        var refused = await steps.Approval.ApproveAsync(draft.Value, 2, [new LineDecision(setup.Generator, 2, [(setup.Depot, 2)])], Manager);

        Assert.Equal(1, Assert.Single(proposal.Options).Available);
        Assert.Equal("NotEnoughStock", refused.Error?.Code);
        await using (var other = _database.NewContext())
            Assert.True((await Packing(other).UnpackAsync(kit, setup.Keeper)).Succeeded);
        db.ChangeTracker.Clear();
        Assert.True((await steps.Approval.ApproveAsync(draft.Value, 2, [new LineDecision(setup.Generator, 2, [(setup.Depot, 2)])],
            Manager)).Succeeded);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task One_kit_scanned_at_two_desks_at_once_goes_onto_exactly_one_dispatch(string provider)
    {
        _database = _database.On(provider);
        var setup = await new MaintenanceSetup(_database).BuildAsync("G-1", "G-2", "G-3");
        foreach (var serial in new[] { "G-1", "G-2", "G-3" })
            await setup.ServicedAsync(serial, 1);
        var kit = await PackedKitAsync(setup);
        var dispatches = new[] { await ApprovedDispatchAsync(setup), await ApprovedDispatchAsync(setup) };
        string number;
        await using (var db = _database.NewContext())
            number = await db.Kits.Where(k => k.Id == kit).Select(k => k.Number).SingleAsync();

        var outcomes = await Task.WhenAll(dispatches.Select((dispatch, i) => Task.Run(async () =>
        {
            await using var db = _database.NewContext();
            return await new AllocationSteps(db, _database.Clock, new NoSlips()).KitPicking.PickAsync(dispatch, number, $"desk-{i}",
                setup.Keeper);
        })));

        Assert.Single(outcomes, o => o.Succeeded);
        await using var check = _database.NewContext();
        Assert.Equal(1, await check.DispatchPicks.CountAsync());
        Assert.Equal(KitState.Picked, await check.Kits.Where(k => k.Id == kit).Select(k => k.State).SingleAsync());
    }

    private async Task<int> ApprovedDispatchAsync(MaintenanceSetup setup)
    {
        await using var db = _database.NewContext();
        var steps = new AllocationSteps(db, _database.Clock, new NoSlips());
        var draft = await steps.Drafting.SaveDraftAsync(null, null, new DraftInput("江澜溃堤", EmergencyLevel.III, DateTime.UtcNow.AddHours(2),
            DestinationKind.Township, null, "青石乡", 30.25, 120.25, "李明", "13800000000", null, [(setup.Generator, 1)]), Manager, null);
        Assert.True((await steps.Triggers.FireAsync(draft.Value, 1, RequestTrigger.Submit, null, Manager)).Succeeded);
        var approved = await steps.Approval.ApproveAsync(draft.Value, 2, [new LineDecision(setup.Generator, 1, [(setup.Depot, 1)])],
            Manager);
        Assert.True(approved.Succeeded, approved.Error?.Message);
        return await db.Dispatches.Where(d => d.RequestId == draft.Value).Select(d => d.Id).SingleAsync();
    }

    private async Task<int> PackedKitAsync(MaintenanceSetup setup)
    {
        await using var db = _database.NewContext();
        var definition = new KitDefinition("VILLAGE", "村级装备包");
        definition.SetLine(setup.Generator, 1);
        db.KitDefinitions.Add(definition);
        await db.SaveChangesAsync();
        var kit = await Packing(db).StartAsync(definition.Id, setup.Depot, setup.Keeper);
        var unit = await db.EquipmentUnits.Where(u => u.SerialNumber == "G-1").Select(u => u.Id).SingleAsync();
        Assert.True((await Packing(db).PackAsync(kit.Value, new ScannedGoods(setup.Generator, null, unit), 1, setup.Keeper)).Succeeded);
        return kit.Value;
    }

    private KitPacking Packing(WarehouseDbContext db) =>
        new(db, new WorkflowNumbers(new NumberSequences(db), _database.Clock), new KitHoldings(db), new AuditTrail(db, _database.Clock),
            _database.Clock);

    private sealed class NoSlips : IDispatchSlipQueue
    {
        public Task EnqueueAsync(AllocationRequest request, Dispatch dispatch, DeliveryCodes codes, string userName) => Task.CompletedTask;
    }
}
