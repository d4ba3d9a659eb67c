using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Notifications;
using Warehouse.Data.Stock;
using Warehouse.Data.Suppliers;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Notifications;
using Warehouse.Domain.Suppliers;

namespace Warehouse.Data.Tests.Suppliers;

/// Suppliers and agreements changed after the fact: a revision never guarantees less than was drawn nor saves over a
/// newer change, an agreement ended early calls up nothing more, and a cancelled call-up gives its goods back.
public sealed class AgreementChangeTests : IDisposable
{
    private readonly SupplierFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private SupplierBook Book(WarehouseDbContext db) => new(db, new AuditTrail(db, _fixture.Database.Clock));

    private Task<Outcome<SupplyAgreement>> ReviseAsync(WarehouseDbContext db, SupplyAgreement agreement, int tents, int version) =>
        Book(db).SaveAgreementAsync(agreement.Id, new AgreementInput(_fixture.Supplier, agreement.Number, agreement.ValidFrom,
            agreement.ValidTo, 6, [(_fixture.Approvals.Tent, tents)]), SupplierFixture.Admin, version);

    private CallUpCancellations Cancellations(WarehouseDbContext db) => _fixture.Approvals.Steps(db).CallUpCancellations;

    [Fact]
    public async Task A_revised_agreement_keeps_its_draw_and_refuses_a_guarantee_below_it_or_a_stale_form()
    {
        await _fixture.SetUpAsync();
        var agreement = (await _fixture.AgreementAsync("XY-2026-01", 50)).Value!;
        Assert.True((await _fixture.ApproveAsync(await _fixture.Approvals.SubmittedAsync(30), 0, agreement.Id, 30)).Succeeded);
        await using var db = _fixture.Database.NewContext();

        var below = await ReviseAsync(db, agreement, 29, agreement.Version);
        var revised = await ReviseAsync(db, agreement, 80, agreement.Version);
        var stale = await ReviseAsync(db, agreement, 90, agreement.Version);

        Assert.Equal(("AgreementBelowDrawn", 30), (below.Error?.Code, below.Error?.Arguments[0]));
        Assert.True(revised.Succeeded, revised.Error?.Message);
        Assert.Equal("AgreementChanged", stale.Error?.Code);
        await using var check = _fixture.Database.NewContext();
        var saved = await check.SupplyAgreements.Include(a => a.Lines).SingleAsync(a => a.Id == agreement.Id);
        Assert.Equal((80, 30, 6, agreement.Version + 1), (saved.Lines.Single().Guaranteed, saved.Lines.Single().Drawn, saved.ResponseHours,
            saved.Version));
    }

    [Fact]
    public async Task A_supplier_is_renamed_once_per_form_and_a_missing_one_is_refused()
    {
        await _fixture.SetUpAsync();
        await using var db = _fixture.Database.NewContext();

        var renamed = await Book(db).SaveSupplierAsync(_fixture.Supplier, "", "江澜帐篷二厂", "孙经理", "13900000000", SupplierFixture.Admin, 0);
        var stale = await Book(db).SaveSupplierAsync(_fixture.Supplier, "", "旧名称", "孙经理", "13900000000", SupplierFixture.Admin, 0);
        var missing = await Book(db).SaveSupplierAsync(9999, "", "无", "无", "1", SupplierFixture.Admin, 0);

        Assert.True(renamed.Succeeded, renamed.Error?.Message);
        Assert.Equal(("SupplierChanged", "UnknownSupplier"), (stale.Error?.Code, missing.Error?.Code));
        await using var check = _fixture.Database.NewContext();
        var supplier = await check.Suppliers.SingleAsync(s => s.Id == _fixture.Supplier);
        Assert.Equal(("SUP-TENT", "江澜帐篷二厂", "孙经理", 1), (supplier.Code, supplier.Name, supplier.Contact, supplier.Version));
        Assert.Equal(2, await check.AuditEntries.CountAsync(a => a.Action == AuditActions.SupplierSaved));
    }

    [Fact]
    public async Task An_agreement_ended_early_calls_up_nothing_more_and_cannot_be_ended_twice()
    {
        await _fixture.SetUpAsync();
        var agreement = (await _fixture.AgreementAsync("XY-2026-01", 50)).Value!;
        await using var db = _fixture.Database.NewContext();
        var ending = new AgreementEnding(db, new AuditTrail(db, _fixture.Database.Clock), _fixture.Database.Clock);

        var ended = await ending.EndAsync(agreement.Id, agreement.Version, SupplierFixture.Admin);
        var again = await ending.EndAsync(agreement.Id, agreement.Version + 1, SupplierFixture.Admin);
        var refused = await _fixture.ApproveAsync(await _fixture.Approvals.SubmittedAsync(10), 0, agreement.Id, 10);

        Assert.True(ended.Succeeded, ended.Error?.Message);
        Assert.Equal(("AgreementAlreadyEnded", "AgreementExpired"), (again.Error?.Code, refused.Error?.Code));
        Assert.Equal(0, await _fixture.DrawnAsync(agreement.Id));
        var today = _fixture.Database.Clock.Today;
        Assert.Equal((today, today.AddDays(-1)), (ended.Value!.EndedOn, ended.Value.ValidTo));
        Assert.Empty((await new AgreementReserves(db, _fixture.Database.Clock).RemainingByItemAsync(null, default)));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.AgreementEnded && a.Subject == "XY-2026-01"));
    }

    [Fact]
    public async Task Cancelling_a_call_up_gives_its_quantity_back_to_the_agreement_and_tells_the_requester()
    {
        await _fixture.SetUpAsync();
        var agreement = (await _fixture.AgreementAsync("XY-2026-01", 50)).Value!;
        var request = await _fixture.Approvals.SubmittedAsync(30);
        Assert.True((await _fixture.ApproveAsync(request, 0, agreement.Id, 30)).Succeeded);
        var callUp = (await _fixture.CallUpOfAsync(request))!;
        await using var db = _fixture.Database.NewContext();

        var noReason = await Cancellations(db).CancelAsync(callUp.Id, callUp.Version, "  ", ApprovalFixture.Deputy);
        var byDepartment = await Cancellations(db).CancelAsync(callUp.Id, callUp.Version, "不需要了", ApprovalFixture.Department);
        var cancelled = await Cancellations(db).CancelAsync(callUp.Id, callUp.Version, "供应商仓库被淹", ApprovalFixture.Deputy);
        var twice = await Cancellations(db).CancelAsync(callUp.Id, callUp.Version + 1, "再次取消", ApprovalFixture.Deputy);

        Assert.Equal(("CallUpCancelReasonRequired", "CallUpByManager"), (noReason.Error?.Code, byDepartment.Error?.Code));
        Assert.True(cancelled.Succeeded, cancelled.Error?.Message);
        Assert.Equal("CallUpNotOrdered", twice.Error?.Code);
        Assert.Equal(0, await _fixture.DrawnAsync(agreement.Id));
        var saved = (await _fixture.CallUpOfAsync(request))!;
        Assert.Equal((CallUpState.Cancelled, "供应商仓库被淹", "deputy"), (saved.State, saved.CancelReason, saved.CancelledBy));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.CallUpCancelled && a.Subject == saved.Number));
        Assert.True(await db.Notifications.AnyAsync(n => n.Kind == NotificationKind.CallUpCancelled && n.UserName == "dept"));
    }

    [Fact]
    public async Task A_delivered_call_up_or_a_stale_form_cannot_cancel_and_nothing_changes()
    {
        await _fixture.SetUpAsync();
        var agreement = (await _fixture.AgreementAsync("XY-2026-01", 50)).Value!;
        var request = await _fixture.Approvals.SubmittedAsync(30);
        Assert.True((await _fixture.ApproveAsync(request, 0, agreement.Id, 30)).Succeeded);
        var id = (await _fixture.CallUpOfAsync(request))!.Id;
        await using var db = _fixture.Database.NewContext();
        var sent = (await _fixture.Deliveries(db).SendAsync(id, ApprovalFixture.Deputy)).Value;

        var stale = await Cancellations(db).CancelAsync(id, 0, "表单过期", ApprovalFixture.Deputy);
        Assert.True((await _fixture.Deliveries(db).ConfirmAtSiteAsync(sent.ShortCode, null, ApprovalFixture.Department)).Succeeded);
        var delivered = (await _fixture.CallUpOfAsync(request))!;
        var late = await Cancellations(db).CancelAsync(id, delivered.Version, "太晚了", ApprovalFixture.Deputy);

        Assert.Equal(("CallUpChanged", "CallUpAlreadyDelivered"), (stale.Error?.Code, late.Error?.Code));
        Assert.Equal(30, await _fixture.DrawnAsync(agreement.Id));
        Assert.Equal(CallUpState.Delivered, (await _fixture.CallUpOfAsync(request))!.State);
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.CallUpCancelled));
    }
}
