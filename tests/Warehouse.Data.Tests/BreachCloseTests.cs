using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Tests;

/// Closing a request delivered outside the two-hour target asks for the reason, on the real database.
public sealed partial class AllocationServiceTests
{
    private readonly MovableClock _movable = new();

    /// A request of 3 tents walked to delivered, the delivery <paramref name="minutes"/> after its submission.
    private async Task<int> DeliveredAfterAsync(int minutes)
    {
        _database.Clock = new BureauClock(_movable, BureauClock.FindZone("Asia/Shanghai"));
        await SetUpAsync();
        var id = await SubmittedAsync(3);
        await using var db = _database.NewContext();
        var steps = Steps(db);
        Assert.True((await steps.Approval.ApproveAsync(id, await VersionAsync(id), [new LineDecision(_tent, 3, [(_depot, 3)])],
            Manager)).Succeeded);
        var dispatchId = await db.Dispatches.Where(d => d.RequestId == id).Select(d => d.Id).SingleAsync();
        var picked = await steps.Picking.PickAsync(dispatchId, new ScannedGoods(_tent, null, null), 3, null, null, "b-1", _keeper);
        Assert.True(picked.Succeeded);
        var sent = await steps.Dispatching.DispatchAsync(dispatchId, await VersionAsync(id), "浙A12345", "王师傅", "13900000000", _keeper);
        _movable.Advance(TimeSpan.FromMinutes(minutes));
        Assert.True((await steps.Delivery.ConfirmDeliveryAsync(sent.Value!.ShortCode, new Dictionary<int, (int, int)>(), null,
            Department)).Succeeded);
        return id;
    }

    private async Task<Outcome<int>> CloseAsync(int id, BreachAccount? breach)
    {
        await using var db = _database.NewContext();
        return await Steps(db).Triggers.FireAsync(id, await VersionAsync(id), RequestTrigger.Close, null, Manager, breach);
    }

    private async Task<(AllocationRequest Request, int Audited)> StoredAsync(int id)
    {
        await using var db = _database.NewContext();
        return (await db.AllocationRequests.AsNoTracking().SingleAsync(r => r.Id == id),
            await db.AuditEntries.CountAsync(a => a.Action == AuditActions.BreachExplained));
    }

    [Fact]
    public async Task Closing_a_late_request_without_a_reason_is_refused_and_changes_nothing_and_with_one_keeps_and_audits_it()
    {
        var id = await DeliveredAfterAsync(130);
        var version = await VersionAsync(id);

        Assert.Equal("BreachReasonRequired", (await CloseAsync(id, null)).Error?.Code);
        Assert.Equal("BreachNoteRequired", (await CloseAsync(id, new BreachAccount(BreachReason.Other, " "))).Error?.Code);
        var (refused, auditedBefore) = await StoredAsync(id);
        Assert.Equal((RequestState.Delivered, version, null, 0), (refused.State, refused.Version, refused.BreachReason, auditedBefore));

        Assert.True((await CloseAsync(id, new BreachAccount(BreachReason.Other, "桥梁限高，换车转运"))).Succeeded);
        var (closed, audited) = await StoredAsync(id);
        Assert.Equal((RequestState.Closed, BreachReason.Other, "桥梁限高，换车转运", 1),
            (closed.State, closed.BreachReason, closed.BreachNote, audited));
    }

    [Fact]
    public async Task A_request_delivered_within_the_target_closes_without_a_reason_and_refuses_one()
    {
        var id = await DeliveredAfterAsync(60);

        Assert.Equal("NoBreachToExplain", (await CloseAsync(id, new BreachAccount(BreachReason.RoadBlocked, null))).Error?.Code);
        Assert.Equal(RequestState.Delivered, (await StoredAsync(id)).Request.State);
        Assert.True((await CloseAsync(id, new BreachAccount(null, null))).Succeeded);
        var (closed, audited) = await StoredAsync(id);
        Assert.Equal((RequestState.Closed, null, 0), (closed.State, closed.BreachReason, audited));
    }

    [Fact]
    public async Task A_request_not_yet_delivered_is_refused_its_close_for_its_state_not_for_a_missing_reason()
    {
        _database.Clock = new BureauClock(_movable, BureauClock.FindZone("Asia/Shanghai"));
        await SetUpAsync();
        var id = await SubmittedAsync(3);
        _movable.Advance(TimeSpan.FromMinutes(300));

        Assert.Equal("IllegalStep", (await CloseAsync(id, null)).Error?.Code);
    }

    private sealed class MovableClock : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.UtcNow;

        public void Advance(TimeSpan by) => _now += by;

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
