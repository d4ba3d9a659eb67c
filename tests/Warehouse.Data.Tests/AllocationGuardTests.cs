using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Constants;

namespace Warehouse.Data.Tests;

/// The steps refuse what the controllers' policies refuse, so a path that bypasses a controller is refused too.
public sealed partial class AllocationServiceTests
{
    private static readonly WorkflowActor Auditor = new("auditor", new HashSet<string> { Roles.Auditor }, [], null);

    private static DraftInput Draft(int item) =>
        new("越权", EmergencyLevel.III, DateTime.UtcNow.AddHours(2), DestinationKind.Township, null, "青石乡", null, null, "李明", "138", null, [(item, 1)]);

    private async Task<(int DispatchId, DeliveryCodes Codes)> DispatchedAsync(AllocationSteps steps, WarehouseDbContext db)
    {
        var id = await SubmittedAsync(2);
        await steps.Approval.ApproveAsync(id, await VersionAsync(id), [new LineDecision(_tent, 2, [(_depot, 2)])], Manager);
        var dispatchId = await db.Dispatches.Where(d => d.RequestId == id).Select(d => d.Id).SingleAsync();
        await steps.Picking.PickAsync(dispatchId, new ScannedGoods(_tent, null, null), 2, null, null, "g1", _keeper);
        var sent = await steps.Dispatching.DispatchAsync(dispatchId, await VersionAsync(id), "浙A1", "王", "139", _keeper);
        Assert.True(sent.Succeeded, sent.Error?.Message);
        return (dispatchId, sent.Value!);
    }

    [Fact]
    public async Task Auditors_and_keepers_may_not_create_requests_and_an_auditor_may_not_confirm_a_delivery()
    {
        await SetUpAsync();
        await using var db = _database.NewContext();
        var steps = Steps(db);

        Assert.Equal("Forbidden", (await steps.Drafting.SaveDraftAsync(null, null, Draft(_tent), Auditor, null)).Error?.Code);
        Assert.Equal("Forbidden", (await steps.Drafting.SaveDraftAsync(null, null, Draft(_tent), _keeper, null)).Error?.Code);
        Assert.False(await db.AllocationRequests.AnyAsync(r => r.Incident == "越权"));

        var (dispatchId, codes) = await DispatchedAsync(steps, db);
        Assert.Equal("Forbidden", (await steps.Delivery.ConfirmDeliveryAsync(codes.ShortCode, new Dictionary<int, (int, int)>(), null, Auditor)).Error?.Code);
        Assert.Equal("Forbidden", (await steps.Delivery.ConfirmDeliveryAsync(codes.ShortCode, new Dictionary<int, (int, int)>(), null, _keeper)).Error?.Code);
        Assert.Equal(DispatchState.Dispatched, await db.Dispatches.Where(d => d.Id == dispatchId).Select(d => d.State).SingleAsync());
    }

    [Fact]
    public async Task An_auditor_fires_no_step_even_with_a_stale_version()
    {
        await SetUpAsync();
        var id = await SubmittedAsync(2);
        await using var db = _database.NewContext();
        var steps = Steps(db);

        Assert.Equal("Forbidden", (await steps.Triggers.FireAsync(id, 0, RequestTrigger.Cancel, "审计", Auditor)).Error?.Code);
        Assert.Equal("Forbidden", (await steps.Approval.ApproveAsync(id, await VersionAsync(id), [new LineDecision(_tent, 2, [(_depot, 2)])], Auditor)).Error?.Code);
        Assert.Equal(RequestState.Submitted, await db.AllocationRequests.Where(r => r.Id == id).Select(r => r.State).SingleAsync());
    }

    [Fact]
    public async Task A_manager_reissues_a_lost_slips_code_the_old_one_is_refused_at_once_and_the_new_one_works_once()
    {
        await SetUpAsync();
        await using var db = _database.NewContext();
        var steps = Steps(db);
        var (dispatchId, old) = await DispatchedAsync(steps, db);

        Assert.Equal("Forbidden", (await steps.CodeReissue.ReissueCodesAsync(dispatchId, _keeper)).Error?.Code);
        Assert.Equal("Forbidden", (await steps.CodeReissue.ReissueCodesAsync(dispatchId, Department)).Error?.Code);
        var reissued = await steps.CodeReissue.ReissueCodesAsync(dispatchId, Manager);
        Assert.True(reissued.Succeeded, reissued.Error?.Message);
        var fresh = reissued.Value!;

        Assert.NotEqual(old.ShortCode, fresh.ShortCode);
        Assert.Null(await steps.Delivery.FindByCodeAsync(old.ShortCode));
        Assert.Null(await steps.Delivery.FindByCodeAsync(old.QrCode));
        Assert.Equal("UnknownDeliveryCode", (await steps.Delivery.ConfirmDeliveryAsync(old.QrCode, new Dictionary<int, (int, int)>(), null, Department)).Error?.Code);
        Assert.Equal(dispatchId, await steps.Delivery.FindByCodeAsync(fresh.QrCode));
        Assert.True((await steps.Delivery.ConfirmDeliveryAsync(fresh.ShortCode, new Dictionary<int, (int, int)>(), null, Department)).Succeeded);
        Assert.Equal("AlreadyDelivered", (await steps.Delivery.ConfirmDeliveryAsync(fresh.ShortCode, new Dictionary<int, (int, int)>(), null, Department)).Error?.Code);
        Assert.Equal("CodeNotReissuable", (await steps.CodeReissue.ReissueCodesAsync(dispatchId, Manager)).Error?.Code);

        var audit = await db.AuditEntries.AsNoTracking().ToListAsync();
        var number = await db.Dispatches.Where(d => d.Id == dispatchId).Select(d => d.Number).SingleAsync();
        Assert.Single(audit, a => a.Action == Domain.Auditing.AuditActions.DeliveryCodeReissued && a.UserName == "manager" && a.Subject == number);
        var secrets = new[] { old.ShortCode, fresh.ShortCode, old.QrCode[3..], fresh.QrCode[3..] };
        Assert.DoesNotContain(audit, a => secrets.Any(s => $"{a.Subject} {a.Detail}".Contains(s) || $"{a.Subject} {a.Detail}".Contains(s.Replace("-", ""))));
    }
}
