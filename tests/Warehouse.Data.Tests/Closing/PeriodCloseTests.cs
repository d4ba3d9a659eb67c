using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Counting;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Tests.Closing;

public sealed class PeriodCloseTests
{
    private static readonly DateOnly RealToday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    private static readonly DateOnly From = RealToday.AddDays(-40);
    private static readonly DateOnly To = RealToday.AddDays(-10);

    [Fact]
    public async Task Closing_stores_the_snapshot_and_a_digest_of_the_period_ledger_per_document_and_is_audited()
    {
        using var f = await ClosingFixture.CreateAsync();
        f.SetToday(From.AddDays(1));
        await f.ReceiveAsync("in-1", 5);
        await f.ReceiveAsync("in-2", 7);
        f.SetToday(RealToday);

        var closed = await f.CloseAsync(From, To, """{"rows":[]}""");

        Assert.True(closed.Succeeded, closed.Error?.Message);
        await using var db = f.Counts.NewContext();
        var period = await db.ClosedPeriods.Include(p => p.Documents).SingleAsync();
        Assert.Equal((2L, 2, """{"rows":[]}"""), (period.Rows, period.Documents.Count, period.Snapshot));
        Assert.Matches("^[0-9a-f]{64}$", period.Digest);
        Assert.NotEqual(period.Documents[0].Digest, period.Documents[1].Digest);
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.PeriodClosed);
        Assert.Equal(("auditor", period.Label), (audit.UserName, audit.Subject));
        Assert.Contains(period.Digest, audit.Detail);
    }

    [Fact]
    public async Task A_posting_dated_into_a_closed_period_is_refused_and_changes_nothing_while_a_correction_today_is_posted()
    {
        using var f = await ClosingFixture.CreateAsync();
        f.SetToday(From.AddDays(1));
        var original = await f.ReceiveAsync("in-1", 5);
        f.SetToday(RealToday);
        Assert.True((await f.CloseAsync(From, To)).Succeeded);
        var rowsBefore = await RowsAsync(f);

        f.SetToday(To);
        var backDated = await f.ReceiveAsync("late", 3);

        Assert.Equal("PeriodClosed", backDated.Error?.Code);
        Assert.Equal(rowsBefore, await RowsAsync(f));
        await using (var db = f.Counts.NewContext())
            Assert.False(await db.StockDocuments.AnyAsync(d => d.ClientId == "late"));
        f.SetToday(RealToday);
        var correction = await f.ReceiveAsync("late", 3, $"Correction of {original.Value!.Number}");
        Assert.True(correction.Succeeded, correction.Error?.Message);
        await f.Counts.AssertLedgerMatchesBalancesAsync();
    }

    [Fact]
    public async Task A_count_approval_dated_into_a_closed_period_is_refused_by_the_same_guard()
    {
        using var f = await ClosingFixture.CreateAsync();
        f.SetToday(To.AddDays(1));
        var count = await f.Counts.PlanAsync(CountScope.LocationRange, "A-01-01", "A-01-01");
        await f.Counts.ScanAsync(count, "A-01-01", f.Counts.Tent, 9);
        await f.Counts.SubmitAsync(count);
        f.SetToday(RealToday);
        Assert.True((await f.CloseAsync(From, To)).Succeeded);
        var rowsBefore = await RowsAsync(f);

        f.SetToday(To);
        var approved = await f.Counts.ApproveAsync(count);

        Assert.Equal("PeriodClosed", approved.Error?.Code);
        Assert.Equal(CountState.Review, (await f.Counts.LoadAsync(count)).State);
        Assert.Equal(rowsBefore, await RowsAsync(f));
    }

    [Fact]
    public async Task Closing_a_period_overlapping_a_closed_one_an_open_count_or_not_yet_over_is_refused_and_changes_nothing()
    {
        using var f = await ClosingFixture.CreateAsync();
        f.SetToday(RealToday);
        Assert.True((await f.CloseAsync(From, To)).Succeeded);
        Assert.Equal("PeriodOverlapsClosed", (await f.CloseAsync(To, To.AddDays(3))).Error?.Code);
        Assert.Equal("PeriodNotOver", (await f.CloseAsync(To.AddDays(1), RealToday.AddDays(1))).Error?.Code);
        await f.Counts.PlanAsync(CountScope.LocationRange, "A-01-01", "A-01-01");
        Assert.Equal("PeriodOverlapsOpenCount", (await f.CloseAsync(To.AddDays(1), RealToday)).Error?.Code);

        await using var db = f.Counts.NewContext();
        Assert.Equal(1, await db.ClosedPeriods.CountAsync());
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.PeriodClosed));
    }

    private static async Task<int> RowsAsync(ClosingFixture f)
    {
        await using var db = f.Counts.NewContext();
        return await db.StockMovements.CountAsync();
    }
}
