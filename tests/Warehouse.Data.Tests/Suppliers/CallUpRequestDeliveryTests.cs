using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Suppliers;

namespace Warehouse.Data.Tests.Suppliers;

/// A request sourced partly or wholly from agreements is delivered when its dispatches and its call-ups have all arrived;
/// a cancelled call-up does not hold it back, and its clock runs to the last arrival.
public sealed class CallUpRequestDeliveryTests : IDisposable
{
    private static readonly WorkflowActor Keeper = new("keeper", new HashSet<string> { Roles.Keeper }, [1], null);
    private readonly SupplierFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_request_with_a_depot_line_and_an_agreement_line_is_delivered_only_when_the_call_up_arrives_too(string provider)
    {
        await _fixture.SetUpAsync(provider);
        var agreement = (await _fixture.AgreementAsync("XY-2026-01", 50)).Value!;
        var request = await _fixture.Approvals.SubmittedAsync(130);
        Assert.True((await _fixture.ApproveAsync(request, 100, agreement.Id, 30)).Succeeded);
        await using var db = _fixture.Database.NewContext();
        var steps = _fixture.Approvals.Steps(db);
        var keeper = Keeper with { Depots = [_fixture.Approvals.Depot] };
        var dispatch = await db.Dispatches.Where(d => d.RequestId == request).Select(d => d.Id).SingleAsync();
        Assert.True((await steps.Picking.PickAsync(dispatch, new ScannedGoods(_fixture.Approvals.Tent, null, null), 100, null, null, "p",
            keeper)).Succeeded);
        var sent = await steps.Dispatching.DispatchAsync(dispatch, (await _fixture.Approvals.RequestAsync(request)).Version, "浙A1", "王",
            "139", keeper);
        var callUp = (await _fixture.CallUpOfAsync(request))!;
        var order = (await _fixture.Deliveries(db).SendAsync(callUp.Id, ApprovalFixture.Deputy)).Value;

        _fixture.Time.Offset = TimeSpan.FromMinutes(50);
        Assert.True((await steps.Delivery.ConfirmDeliveryAsync(sent.Value!.ShortCode, new Dictionary<int, (int, int)>(), null,
            ApprovalFixture.Department)).Succeeded);
        Assert.Equal(RequestState.Dispatched, (await _fixture.Approvals.RequestAsync(request)).State);
        Assert.False((await steps.Triggers.FireAsync(request, (await _fixture.Approvals.RequestAsync(request)).Version,
            RequestTrigger.ConfirmDelivery, null, ApprovalFixture.Department)).Succeeded);
        _fixture.Time.Offset = TimeSpan.FromMinutes(150);
        Assert.True((await _fixture.Deliveries(db).ConfirmAtSiteAsync(order.ShortCode, null, ApprovalFixture.Department)).Succeeded);

        var delivered = await LoadAsync(request);
        Assert.Equal(RequestState.Delivered, delivered.State);
        var arrived = (await _fixture.CallUpOfAsync(request))!.DeliveredAt!.Value;
        Assert.Equal(arrived, delivered.Transitions.Single(t => t.To == RequestState.Delivered).At, TimeSpan.FromSeconds(1));
        Assert.Equal(arrived - delivered.SubmittedAt!.Value, delivered.DeliveryTime);
        Assert.True(delivered.DeliveredLate(TimeSpan.FromMinutes(120)));
    }

    [Fact]
    public async Task A_request_sourced_only_from_agreements_is_delivered_from_approved_and_a_cancelled_call_up_does_not_hold_it()
    {
        await _fixture.SetUpAsync();
        var first = (await _fixture.AgreementAsync("XY-2026-01", 50)).Value!;
        var second = (await _fixture.AgreementAsync("XY-2026-02", 50)).Value!;
        var request = await _fixture.Approvals.SubmittedAsync(30);
        await using var db = _fixture.Database.NewContext();
        var decision = new LineDecision(_fixture.Approvals.Tent, 30, [], [(first.Id, 20), (second.Id, 10)]);
        Assert.True((await _fixture.Approvals.Steps(db).Approval.ApproveAsync(request, (await _fixture.Approvals.RequestAsync(request)).Version,
            [decision], ApprovalFixture.Deputy, "批准")).Succeeded);
        var callUps = await db.CallUps.AsNoTracking().Where(c => c.RequestId == request).OrderBy(c => c.AgreementId).ToListAsync();
        var order = (await _fixture.Deliveries(db).SendAsync(callUps[0].Id, ApprovalFixture.Deputy)).Value;

        Assert.True((await _fixture.Deliveries(db).ConfirmAtSiteAsync(order.QrCode, "已卸货", ApprovalFixture.Department)).Succeeded);
        Assert.Equal(RequestState.Approved, (await LoadAsync(request)).State);
        var cancelled = await _fixture.Approvals.Steps(db).CallUpCancellations.CancelAsync(callUps[1].Id, callUps[1].Version, "供应商停产",
            ApprovalFixture.Deputy);

        Assert.True(cancelled.Succeeded, cancelled.Error?.Message);
        var delivered = await LoadAsync(request);
        Assert.Equal(RequestState.Delivered, delivered.State);
        Assert.Equal(RequestState.Approved, delivered.Transitions.Single(t => t.To == RequestState.Delivered).From);
        Assert.Equal(delivered.CallUps.Single(c => c.State == CallUpState.Delivered).DeliveredAt, delivered.LastArrival);
    }

    private async Task<AllocationRequest> LoadAsync(int request)
    {
        await using var db = _fixture.Database.NewContext();
        return await db.AllocationRequests.AsNoTracking().Include(r => r.Transitions).Include(r => r.Dispatches).Include(r => r.CallUps)
            .SingleAsync(r => r.Id == request);
    }
}
