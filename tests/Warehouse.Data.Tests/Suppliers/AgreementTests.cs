using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Suppliers;

namespace Warehouse.Data.Tests.Suppliers;

public sealed class AgreementTests : IDisposable
{
    private readonly SupplierFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task An_agreement_is_refused_when_its_validity_ends_before_it_starts_or_it_names_an_item_twice()
    {
        await _fixture.SetUpAsync();
        await using var db = _fixture.Database.NewContext();
        var book = new SupplierBook(db, new AuditTrail(db, _fixture.Database.Clock));
        var today = _fixture.Database.Clock.Today;
        var tent = _fixture.Approvals.Tent;
        AgreementInput Input(int supplier, DateOnly to, params (int, int)[] lines) => new(supplier, "XY-1", today, to, 4, lines);

        var backwards = await book.SaveAgreementAsync(null, Input(_fixture.Supplier, today.AddDays(-1), (tent, 5)), SupplierFixture.Admin);
        var twice = await book.SaveAgreementAsync(null, Input(_fixture.Supplier, today, (tent, 5), (tent, 3)), SupplierFixture.Admin);
        var zero = await book.SaveAgreementAsync(null, Input(_fixture.Supplier, today, (tent, 0)), SupplierFixture.Admin);
        var negative = await book.SaveAgreementAsync(null, Input(_fixture.Supplier, today, (tent, -2)), SupplierFixture.Admin);
        var nobody = await book.SaveAgreementAsync(null, Input(9999, today, (tent, 5)), SupplierFixture.Admin);
        var noHours = await book.SaveAgreementAsync(null, Input(_fixture.Supplier, today, (tent, 5)) with { ResponseHours = 0 },
            SupplierFixture.Admin);

        Assert.Equal(["AgreementValidityInvalid", "AgreementDuplicateItem", "QuantityNotPositive", "QuantityNotPositive", "UnknownSupplier",
            "AgreementResponseHoursInvalid"], new[] { backwards, twice, zero, negative, nobody, noHours }.Select(o => o.Error?.Code));
        Assert.Equal(0, await db.SupplyAgreements.CountAsync());
    }

    [Fact]
    public async Task A_drawn_line_cannot_guarantee_less_than_was_called_up_and_a_number_is_used_once()
    {
        await _fixture.SetUpAsync();
        var agreement = (await _fixture.AgreementAsync("XY-2026-01", 50)).Value!;
        Assert.True((await _fixture.ApproveAsync(await _fixture.Approvals.SubmittedAsync(20), 0, agreement.Id, 20)).Succeeded);
        await using var db = _fixture.Database.NewContext();
        var book = new SupplierBook(db, new AuditTrail(db, _fixture.Database.Clock));
        var today = _fixture.Database.Clock.Today;

        var cut = await book.SaveAgreementAsync(agreement.Id,
            new AgreementInput(_fixture.Supplier, "XY-2026-01", today, today.AddDays(10), 4, [(_fixture.Approvals.Tent, 15)]), SupplierFixture.Admin);
        var raised = await book.SaveAgreementAsync(agreement.Id,
            new AgreementInput(_fixture.Supplier, "XY-2026-01", today, today.AddDays(10), 4, [(_fixture.Approvals.Tent, 80)]), SupplierFixture.Admin);
        var duplicate = await _fixture.AgreementAsync("XY-2026-01", 5);

        Assert.Equal("AgreementBelowDrawn", cut.Error?.Code);
        Assert.True(raised.Succeeded, raised.Error?.Message);
        Assert.Equal("AgreementNumberTaken", duplicate.Error?.Code);
        var line = await db.AgreementLines.AsNoTracking().SingleAsync();
        Assert.Equal((80, 20, 60), (line.Guaranteed, line.Drawn, line.Remaining));
    }
}
