using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Notifications;
using Warehouse.Domain.Stock;
using Warehouse.Domain.Suppliers;

namespace Warehouse.Data.Tests.Suppliers;

public sealed class CallUpTests : IDisposable
{
    private readonly SupplierFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task The_proposal_calls_up_from_an_agreement_what_our_depots_cannot_cover()
    {
        await _fixture.SetUpAsync();
        var agreement = (await _fixture.AgreementAsync("XY-2026-01", 50)).Value!;
        var request = await _fixture.Approvals.SubmittedAsync(130);
        await using var db = _fixture.Database.NewContext();

        var proposal = Assert.Single(await _fixture.Approvals.Steps(db).Proposals.ProposeAsync(request));

        Assert.Equal([(_fixture.Approvals.Depot, 100)], proposal.Proposed);
        Assert.Equal([(agreement.Id, 30)], proposal.ProposedCallUps);
        Assert.Equal(("XY-2026-01", "江澜帐篷厂", 50, 4), proposal.Agreements.Select(a => (a.Number, a.SupplierName, a.Remaining,
            a.ResponseHours)).Single());
    }

    [Fact]
    public async Task Approving_a_line_sourced_from_an_agreement_orders_a_call_up_due_within_the_response_time_and_draws_it()
    {
        await _fixture.SetUpAsync();
        var agreement = (await _fixture.AgreementAsync("XY-2026-01", 50)).Value!;
        var request = await _fixture.Approvals.SubmittedAsync(130);

        var approved = await _fixture.ApproveAsync(request, 100, agreement.Id, 30);

        Assert.True(approved.Succeeded, approved.Error?.Message);
        var callUp = (await _fixture.CallUpOfAsync(request))!;
        Assert.StartsWith("DY", callUp.Number);
        Assert.Equal((CallUpState.Ordered, true, 30), (callUp.State, callUp.ToSite, callUp.Lines.Single().Quantity));
        Assert.Equal(callUp.OrderedAt.AddHours(4), callUp.DueAt);
        Assert.Equal(30, await _fixture.DrawnAsync(agreement.Id));
        await using var db = _fixture.Database.NewContext();
        Assert.Equal(RequestState.Approved, (await db.AllocationRequests.SingleAsync(r => r.Id == request)).State);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.CallUpOrdered && a.Subject == callUp.Number));
        Assert.True(await db.Notifications.AnyAsync(n => n.Kind == NotificationKind.CallUpOrdered && n.UserName == "dept"));
        Assert.Equal(100, await db.StockBalances.SumAsync(b => b.OnHand));
    }

    [Fact]
    public async Task A_call_up_is_delivered_to_the_site_by_its_code_and_timed_against_the_agreement()
    {
        await _fixture.SetUpAsync();
        var agreement = (await _fixture.AgreementAsync("XY-2026-01", 50)).Value!;
        var request = await _fixture.Approvals.SubmittedAsync(30);
        Assert.True((await _fixture.ApproveAsync(request, 0, agreement.Id, 30)).Succeeded);
        var id = (await _fixture.CallUpOfAsync(request))!.Id;
        await using var db = _fixture.Database.NewContext();
        var first = (await _fixture.Deliveries(db).SendAsync(id, ApprovalFixture.Deputy)).Value;
        var sent = (await _fixture.Deliveries(db).SendAsync(id, ApprovalFixture.Deputy)).Value;

        var stale = await _fixture.Deliveries(db).ConfirmAtSiteAsync(first.ShortCode, null, ApprovalFixture.Department);
        _fixture.Time.Offset = TimeSpan.FromHours(3);
        var delivered = await _fixture.Deliveries(db).ConfirmAtSiteAsync(sent.ShortCode.ToLowerInvariant(), "已卸货", ApprovalFixture.Department);
        var again = await _fixture.Deliveries(db).ConfirmAtSiteAsync(sent.QrCode, null, ApprovalFixture.Department);

        Assert.Equal("UnknownCallUpCode", stale.Error?.Code);
        Assert.True(delivered.Succeeded, delivered.Error?.Message);
        Assert.Equal("CallUpAlreadyDelivered", again.Error?.Code);
        var callUp = (await _fixture.CallUpOfAsync(request))!;
        Assert.Equal((CallUpState.Delivered, "dept", true), (callUp.State, callUp.DeliveredBy, callUp.OnTime));
        Assert.Equal(0, await db.StockMovements.CountAsync(m => m.Kind == MovementKind.Receipt && m.Quantity == 30));
    }

    [Fact]
    public async Task A_call_up_delivered_after_the_response_hours_is_late()
    {
        await _fixture.SetUpAsync();
        var agreement = (await _fixture.AgreementAsync("XY-2026-01", 50, hours: 2)).Value!;
        var request = await _fixture.Approvals.SubmittedAsync(10);
        Assert.True((await _fixture.ApproveAsync(request, 0, agreement.Id, 10)).Succeeded);
        await using var db = _fixture.Database.NewContext();
        var sent = (await _fixture.Deliveries(db).SendAsync((await _fixture.CallUpOfAsync(request))!.Id, ApprovalFixture.Deputy)).Value;

        _fixture.Time.Offset = TimeSpan.FromHours(2.5);
        Assert.True((await _fixture.Deliveries(db).ConfirmAtSiteAsync(sent.QrCode, null, ApprovalFixture.Department)).Succeeded);

        Assert.False((await _fixture.CallUpOfAsync(request))!.OnTime);
    }

    [Fact]
    public async Task A_call_up_beyond_what_the_agreement_has_left_is_refused_and_changes_nothing()
    {
        await _fixture.SetUpAsync();
        var agreement = (await _fixture.AgreementAsync("XY-2026-01", 50)).Value!;
        Assert.True((await _fixture.ApproveAsync(await _fixture.Approvals.SubmittedAsync(40), 0, agreement.Id, 40)).Succeeded);
        var request = await _fixture.Approvals.SubmittedAsync(20);

        var refused = await _fixture.ApproveAsync(request, 0, agreement.Id, 20);

        Assert.Equal("AgreementNotCovering", refused.Error?.Code);
        Assert.Equal(10, refused.Error!.Arguments[1]);
        Assert.Equal(40, await _fixture.DrawnAsync(agreement.Id));
        Assert.Null(await _fixture.CallUpOfAsync(request));
        Assert.Equal(RequestState.Submitted, (await _fixture.Approvals.RequestAsync(request)).State);
    }

    [Fact]
    public async Task Nothing_is_called_up_under_an_expired_agreement_nor_under_an_unknown_one()
    {
        await _fixture.SetUpAsync();
        var expired = (await _fixture.AgreementAsync("XY-2025-09", 50, -400, -10)).Value!;
        var request = await _fixture.Approvals.SubmittedAsync(10);

        var refused = await _fixture.ApproveAsync(request, 0, expired.Id, 10);
        var unknown = await _fixture.ApproveAsync(request, 0, 9999, 10);
        var negative = await _fixture.ApproveAsync(request, 15, expired.Id, -5);

        Assert.Equal(("AgreementExpired", "UnknownAgreement", "SourcesDoNotAddUp"),
            (refused.Error?.Code, unknown.Error?.Code, negative.Error?.Code));
        Assert.Equal(0, await _fixture.DrawnAsync(expired.Id));
        await using var db = _fixture.Database.NewContext();
        Assert.Empty(Assert.Single(await _fixture.Approvals.Steps(db).Proposals.ProposeAsync(request)).Agreements);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Approvals_racing_for_the_same_agreement_never_call_up_more_than_it_guarantees(string provider)
    {
        await _fixture.SetUpAsync(provider);
        var agreement = (await _fixture.AgreementAsync("XY-2026-01", 10)).Value!;
        var requests = new List<int>();
        for (var i = 0; i < 6; i++)
            requests.Add(await _fixture.Approvals.SubmittedAsync(4));

        var outcomes = await Task.WhenAll(requests.Select(r => Task.Run(() => _fixture.ApproveAsync(r, 0, agreement.Id, 4))));

        Assert.Equal(2, outcomes.Count(o => o.Succeeded));
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Contains(o.Error!.Code, new[] { "AgreementNotCovering", "ConcurrentChange" }));
        Assert.Equal(8, await _fixture.DrawnAsync(agreement.Id));
        await using var db = _fixture.Database.NewContext();
        Assert.Equal(8, await db.Set<CallUpLine>().SumAsync(l => l.Quantity));
    }
}
