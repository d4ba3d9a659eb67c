using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data.Auditing;
using Warehouse.Data.Printing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Stock;
using Warehouse.Domain.Constants;

namespace Warehouse.Data.Tests;

public sealed partial class AllocationServiceTests : IDisposable
{
    private static readonly WorkflowActor Department = new("dept", new HashSet<string> { Roles.Department }, [], null);
    private static readonly WorkflowActor Manager = new("manager", new HashSet<string> { Roles.Manager }, [], null);
    private TestDatabase _database = new();
    private int _depot, _otherDepot, _tent, _water;
    private WorkflowActor _keeper = null!;

    public void Dispose() => _database.Dispose();

    private AllocationSteps Steps(WarehouseDbContext db) => new(db, _database.Clock, new NoSlips());

    private sealed class NoSlips : IDispatchSlipQueue
    {
        public Task EnqueueAsync(AllocationRequest request, Dispatch dispatch, DeliveryCodes codes, string userName) => Task.CompletedTask;
    }

    private async Task SetUpAsync(int tents = 10)
    {
        await using var db = _database.NewContext();
        _depot = (await Build.DepotAsync(db, "CR", 30.2, 120.2)).Id;
        _otherDepot = (await Build.DepotAsync(db, "SC1", 30.3, 120.3)).Id;
        _tent = (await Build.ItemAsync(db, "SH-0001")).Id;
        _water = (await Build.ItemAsync(db, "SS-0001", TrackingMode.Batch, "饮用水")).Id;
        _keeper = new WorkflowActor("keeper", new HashSet<string> { Roles.Keeper }, [_depot], null);
        var today = _database.Clock.Today;
        var outcome = await _database.Posting(db).PostAsync(new PostingRequest(DocumentKind.Receipt, _depot, StockReason.Purchase, "stock",
            [new PostingLine(_tent, tents), new PostingLine(_water, 5, Lot: "LATE", Expiry: today.AddDays(200)), new PostingLine(_water, 5, Lot: "EARLY", Expiry: today.AddDays(20))],
            new Actor("keeper", null, null)));
        Assert.True(outcome.Succeeded, outcome.Error?.Message);
    }

    private async Task<int> SubmittedAsync(int tents, EmergencyLevel level = EmergencyLevel.III, params (int, int)[] more)
    {
        await using var db = _database.NewContext();
        var steps = Steps(db);
        var draft = await steps.Drafting.SaveDraftAsync(null, null, new DraftInput("江澜溃堤", level, DateTime.UtcNow.AddHours(2), DestinationKind.Township,
            null, "青石乡", 30.25, 120.25, "李明", "13800000000", null, [(_tent, tents), .. more]), Department, null);
        Assert.True(draft.Succeeded, draft.Error?.Message);
        Assert.True((await steps.Triggers.FireAsync(draft.Value, 1, RequestTrigger.Submit, null, Department)).Succeeded);
        return draft.Value;
    }

    private async Task<int> VersionAsync(int id)
    {
        await using var db = _database.NewContext();
        return await db.AllocationRequests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync();
    }

    private async Task<(int OnHand, int Reserved)> TentsAsync()
    {
        await using var db = _database.NewContext();
        var rows = await db.StockBalances.Where(b => b.ItemId == _tent && b.DepotId == _depot).ToListAsync();
        return (rows.Sum(b => b.OnHand), rows.Sum(b => b.Reserved));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_request_goes_from_draft_to_closed_moving_stock_and_timing_every_leg(string provider)
    {
        _database = _database.On(provider);
        await SetUpAsync();
        var id = await SubmittedAsync(6);
        await using var db = _database.NewContext();
        var steps = Steps(db);

        var proposal = Assert.Single(await steps.Proposals.ProposeAsync(id));
        Assert.Equal([(_depot, 6)], proposal.Proposed);
        var approved = await steps.Approval.ApproveAsync(id, await VersionAsync(id), [new LineDecision(_tent, 6, [(_depot, 6)])], Manager);
        Assert.True(approved.Succeeded, approved.Error?.Message);
        Assert.Equal((10, 6), await TentsAsync());

        var dispatchId = await db.Dispatches.Where(d => d.RequestId == id).Select(d => d.Id).SingleAsync();
        var pick = await steps.Picking.PickAsync(dispatchId, new ScannedGoods(_tent, null, null), 4, null, null, "pick-1", _keeper);
        Assert.True(pick.Succeeded, pick.Error?.Message);
        Assert.Equal(4, pick.Value!.Picked);
        var sent = await steps.Dispatching.DispatchAsync(dispatchId, await VersionAsync(id), "浙A12345", "王师傅", "13900000000", _keeper);
        Assert.True(sent.Succeeded, sent.Error?.Message);
        Assert.Equal((6, 0), await TentsAsync());

        var delivered = await steps.Delivery.ConfirmDeliveryAsync(sent.Value!.ShortCode.ToLowerInvariant(), new Dictionary<int, (int, int)>(), "收到", Department);
        Assert.True(delivered.Succeeded, delivered.Error?.Message);
        var again = await steps.Delivery.ConfirmDeliveryAsync(sent.Value.QrCode, new Dictionary<int, (int, int)>(), null, Department);
        Assert.Equal("AlreadyDelivered", again.Error?.Code);
        Assert.True((await steps.Triggers.FireAsync(id, await VersionAsync(id), RequestTrigger.Close, null, Manager)).Succeeded);

        db.ChangeTracker.Clear();
        var request = await db.AllocationRequests.Include(r => r.Transitions).SingleAsync(r => r.Id == id);
        Assert.Equal(RequestState.Closed, request.State);
        Assert.Equal([RequestState.Submitted, RequestState.Approved, RequestState.Picking, RequestState.Dispatched, RequestState.Delivered, RequestState.Closed],
            request.Transitions.OrderBy(t => t.Id).Select(t => t.To));
        await Invariants.AssertAsync(db);
    }

    private async Task ChainsIntactAsync()
    {
        await using var db = _database.NewContext();
        foreach (var chain in await new ChainVerifier(db).VerifyAsync())
            Assert.True(chain.Intact, $"the {chain.Name} chain breaks: {chain.Break}");
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_approvals_can_never_promise_the_same_units(string provider)
    {
        _database = _database.On(provider);
        await SetUpAsync(tents: 10);
        var first = await SubmittedAsync(8);
        var second = await SubmittedAsync(8);

        var outcomes = await Task.WhenAll(new[] { first, second }.Select(id => Task.Run(async () =>
        {
            await using var db = _database.NewContext();
            return await Steps(db).Approval.ApproveAsync(id, await VersionAsync(id), [new LineDecision(_tent, 8, [(_depot, 8)])], Manager);
        })));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.Equal("NotEnoughStock", outcomes.Single(o => !o.Succeeded).Error!.Code);
        Assert.Equal((10, 8), await TentsAsync());
        await ChainsIntactAsync();
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_managers_approving_the_same_request_at_once_end_in_one_approval(string provider)
    {
        _database = _database.On(provider);
        await SetUpAsync();
        var id = await SubmittedAsync(3);
        var version = await VersionAsync(id);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await using var db = _database.NewContext();
            return await Steps(db).Approval.ApproveAsync(id, version, [new LineDecision(_tent, 3, [(_depot, 3)])], Manager);
        })));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.Contains(outcomes.Single(o => !o.Succeeded).Error!.Code, new[] { "Stale", "IllegalStep" });
        Assert.Equal((10, 3), await TentsAsync());
        await ChainsIntactAsync();
    }

    [Fact]
    public async Task A_stale_form_changes_nothing_and_says_why()
    {
        await SetUpAsync();
        var id = await SubmittedAsync(3);
        await using var db = _database.NewContext();

        var outcome = await Steps(db).Triggers.FireAsync(id, 1, RequestTrigger.Cancel, "不需要了", Department);

        Assert.Equal("Stale", outcome.Error?.Code);
        Assert.Equal(RequestState.Submitted, await db.AllocationRequests.Where(r => r.Id == id).Select(r => r.State).SingleAsync());
    }

    [Fact]
    public async Task Cancelling_an_approved_request_gives_back_the_reserved_stock()
    {
        await SetUpAsync();
        var id = await SubmittedAsync(5);
        await using var db = _database.NewContext();
        var steps = Steps(db);
        await steps.Approval.ApproveAsync(id, await VersionAsync(id), [new LineDecision(_tent, 5, [(_depot, 5)])], Manager);

        var cancelled = await steps.Triggers.FireAsync(id, await VersionAsync(id), RequestTrigger.Cancel, "险情解除", Department);

        Assert.True(cancelled.Succeeded, cancelled.Error?.Message);
        Assert.Equal((10, 0), await TentsAsync());
    }

    [Fact]
    public async Task Picking_follows_first_expiry_first_out_unless_a_reason_is_given()
    {
        await SetUpAsync();
        var id = await SubmittedAsync(1, EmergencyLevel.III, (_water, 3));
        await using var db = _database.NewContext();
        var steps = Steps(db);
        await steps.Approval.ApproveAsync(id, await VersionAsync(id), [new LineDecision(_tent, 1, [(_depot, 1)]), new LineDecision(_water, 3, [(_depot, 3)])], Manager);
        var dispatchId = await db.Dispatches.Where(d => d.RequestId == id).Select(d => d.Id).SingleAsync();
        var late = await db.Batches.Where(b => b.Lot == "LATE").Select(b => b.Id).SingleAsync();

        var refused = await steps.Picking.PickAsync(dispatchId, new ScannedGoods(_water, late, null), 1, null, null, "p1", _keeper);
        Assert.Equal("FefoViolation", refused.Error?.Code);
        var overridden = await steps.Picking.PickAsync(dispatchId, new ScannedGoods(_water, late, null), 1, null, "近效期批次破损", "p2", _keeper);
        Assert.True(overridden.Succeeded, overridden.Error?.Message);
        var overPick = await steps.Picking.PickAsync(dispatchId, new ScannedGoods(_water, null, null), 3, null, null, "p3", _keeper);
        Assert.Equal("OverPick", overPick.Error?.Code);
        var replay = await steps.Picking.PickAsync(dispatchId, new ScannedGoods(_water, late, null), 1, null, "近效期批次破损", "p2", _keeper);
        Assert.True(replay.Value!.Replayed);
        Assert.Equal(1, replay.Value.Picked);
    }

    [Fact]
    public async Task An_emergency_release_picks_before_approval_and_awaits_ratification()
    {
        await SetUpAsync();
        var id = await SubmittedAsync(4, EmergencyLevel.I);
        await using var db = _database.NewContext();
        var steps = Steps(db);

        var outsider = new WorkflowActor("keeper2", new HashSet<string> { Roles.Keeper }, [_otherDepot], null);
        Assert.Equal("DepotNotYours", (await steps.EmergencyRelease.ReleaseAsync(id, await VersionAsync(id), _depot, outsider)).Error?.Code);
        var released = await steps.EmergencyRelease.ReleaseAsync(id, await VersionAsync(id), _depot, _keeper);

        Assert.True(released.Succeeded, released.Error?.Message);
        var request = await db.AllocationRequests.AsNoTracking().SingleAsync(r => r.Id == id);
        Assert.Equal((RequestState.Picking, Ratification.Pending), (request.State, request.Ratification));
        Assert.Equal((10, 4), await TentsAsync());
        Assert.True((await steps.Triggers.FireAsync(id, await VersionAsync(id), RequestTrigger.Ratify, null, Manager)).Succeeded);
    }

    [Fact]
    public async Task A_transfer_between_depots_arrives_as_stock_at_the_destination()
    {
        await SetUpAsync();
        await using var db = _database.NewContext();
        var steps = Steps(db);
        var draft = await steps.Drafting.SaveDraftAsync(null, null, new DraftInput("补库", EmergencyLevel.Routine, DateTime.UtcNow.AddDays(1), DestinationKind.Depot,
            _otherDepot, null, null, null, "赵强", "0571-1", null, [(_tent, 3)]), Manager, null);
        var id = draft.Value;
        await steps.Triggers.FireAsync(id, await VersionAsync(id), RequestTrigger.Submit, null, Manager);
        await steps.Approval.ApproveAsync(id, await VersionAsync(id), [new LineDecision(_tent, 3, [(_depot, 3)])], Manager);
        var dispatchId = await db.Dispatches.Where(d => d.RequestId == id).Select(d => d.Id).SingleAsync();
        await steps.Picking.PickAsync(dispatchId, new ScannedGoods(_tent, null, null), 3, null, null, "t1", _keeper);
        var sent = await steps.Dispatching.DispatchAsync(dispatchId, await VersionAsync(id), "浙A1", "王", "139", _keeper);

        Assert.Equal("DepotNotYours", (await steps.Delivery.ConfirmDeliveryAsync(sent.Value!.ShortCode, new Dictionary<int, (int, int)>(), null, Department)).Error?.Code);
        var destinationKeeper = new WorkflowActor("keeper-sc1", new HashSet<string> { Roles.Keeper }, [_otherDepot], null);
        var received = await steps.Delivery.ConfirmDeliveryAsync(sent.Value.ShortCode, new Dictionary<int, (int, int)> { [_tent] = (3, 1) }, "一顶破损", destinationKeeper);

        Assert.True(received.Succeeded, received.Error?.Message);
        Assert.Equal(2, await db.StockBalances.Where(b => b.DepotId == _otherDepot && b.ItemId == _tent).SumAsync(b => b.OnHand));
        Assert.Contains(await db.StockMovements.Select(m => m.Kind).ToListAsync(), k => k == MovementKind.TransferIn);
        await Invariants.AssertAsync(db);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Returnable_goods_come_back_against_their_dispatch_and_no_more_than_went_out(string provider)
    {
        _database = _database.On(provider);
        await SetUpAsync();
        await using (var setup = _database.NewContext())
        {
            var tent = await setup.Items.SingleAsync(i => i.Id == _tent);
            tent.SetKeeping(null, null, returnable: true, 1200m, null);
            await setup.SaveChangesAsync();
        }
        var id = await SubmittedAsync(3);
        await using var db = _database.NewContext();
        var steps = Steps(db);
        await steps.Approval.ApproveAsync(id, await VersionAsync(id), [new LineDecision(_tent, 3, [(_depot, 3)])], Manager);
        var dispatchId = await db.Dispatches.Where(d => d.RequestId == id).Select(d => d.Id).SingleAsync();
        await steps.Picking.PickAsync(dispatchId, new ScannedGoods(_tent, null, null), 3, null, null, "r-1", _keeper);
        Assert.True((await steps.Dispatching.DispatchAsync(dispatchId, await VersionAsync(id), "浙A1", "王", "139", _keeper)).Succeeded);
        Assert.Equal((7, 0), await TentsAsync());

        Assert.True((await steps.Returns.ReturnAsync(dispatchId, _tent, null, 2, ReturnCondition.Good, "用毕归还", _keeper)).Succeeded);
        var tooMany = await steps.Returns.ReturnAsync(dispatchId, _tent, null, 2, ReturnCondition.Good, null, _keeper);

        Assert.Equal("ReturnOutOfRange", tooMany.Error?.Code);
        Assert.Equal((9, 0), await TentsAsync());
        Assert.Contains(await db.StockMovements.Select(m => m.Kind).ToListAsync(), k => k == MovementKind.Return);
        await Invariants.AssertAsync(db);
    }

    [Fact]
    public async Task A_station_posting_under_a_dispatch_client_id_does_not_break_that_dispatch()
    {
        await SetUpAsync();
        var id = await SubmittedAsync(2);
        await using var db = _database.NewContext();
        var steps = Steps(db);
        Assert.True((await steps.Approval.ApproveAsync(id, await VersionAsync(id), [new LineDecision(_tent, 2, [(_depot, 2)])], Manager)).Succeeded);
        var dispatch = await db.Dispatches.Where(d => d.RequestId == id).Select(d => new { d.Id, d.Number }).SingleAsync();
        var squatter = await _database.Posting(db).PostAsync(new PostingRequest(DocumentKind.Receipt, _depot, StockReason.Purchase,
            $"dispatch-{dispatch.Number}", [new PostingLine(_tent, 1)], new Actor("station:CR-01", 1, null)));
        Assert.True(squatter.Succeeded, squatter.Error?.Message);

        Assert.True((await steps.Picking.PickAsync(dispatch.Id, new ScannedGoods(_tent, null, null), 2, null, null, "p1", _keeper)).Succeeded);
        var sent = await steps.Dispatching.DispatchAsync(dispatch.Id, await VersionAsync(id), "浙A12345", "王师傅", "13900000000", _keeper);

        Assert.True(sent.Succeeded, sent.Error?.Message);
        Assert.Equal(2, await db.StockDocuments.CountAsync(d => d.ClientId == $"dispatch-{dispatch.Number}"));
    }

    [Fact]
    public async Task Two_keepers_numbering_their_scans_alike_each_get_their_pick_and_a_reused_key_with_another_scan_is_refused()
    {
        await SetUpAsync();
        var id = await SubmittedAsync(4);
        await using var db = _database.NewContext();
        var steps = Steps(db);
        Assert.True((await steps.Approval.ApproveAsync(id, await VersionAsync(id), [new LineDecision(_tent, 4, [(_depot, 4)])], Manager)).Succeeded);
        var dispatchId = await db.Dispatches.Where(d => d.RequestId == id).Select(d => d.Id).SingleAsync();
        var other = _keeper with { UserName = "keeper2" };

        var first = await steps.Picking.PickAsync(dispatchId, new ScannedGoods(_tent, null, null), 1, null, null, "1", _keeper);
        var second = await steps.Picking.PickAsync(dispatchId, new ScannedGoods(_tent, null, null), 1, null, null, "1", other);
        var retry = await steps.Picking.PickAsync(dispatchId, new ScannedGoods(_tent, null, null), 1, null, null, "1", _keeper);
        var reused = await steps.Picking.PickAsync(dispatchId, new ScannedGoods(_tent, null, null), 3, null, null, "1", _keeper);

        Assert.True(first.Succeeded && second.Succeeded, first.Error?.Message ?? second.Error?.Message);
        Assert.False(second.Value!.Replayed);
        Assert.True(retry.Value!.Replayed);
        Assert.Equal("IdempotencyKeyReused", reused.Error?.Code);
        Assert.Equal(2, await db.DispatchPicks.CountAsync(p => p.DispatchId == dispatchId));
    }

    [Theory]
    [InlineData("江澜\u0000溃堤")]
    [InlineData("江澜\u001b[2J溃堤")]
    [InlineData("\u202e堤溃澜江")]
    public async Task A_request_whose_incident_carries_control_characters_is_refused_and_nothing_is_saved(string escaped)
    {
        await SetUpAsync();
        var incident = System.Text.RegularExpressions.Regex.Unescape(escaped);
        await using var db = _database.NewContext();

        var draft = await Steps(db).Drafting.SaveDraftAsync(null, null, new DraftInput(incident, EmergencyLevel.III, DateTime.UtcNow.AddHours(2),
            DestinationKind.Township, null, "青石乡", null, null, "李明", "13800000000", null, [(_tent, 1)]), Department, null);

        Assert.Equal("TextHasControlCharacters", draft.Error?.Code);
        Assert.Equal(0, await db.AllocationRequests.CountAsync());
    }
}
