using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Data;
using Warehouse.Domain.Common;
using Warehouse.Web.Features.Reports.ReserveSummary;
using Warehouse.Web.Tests.Identity;

namespace Warehouse.Web.Tests.Reports;

/// The quota coverage at each month's end is recorded once the month is over, and a report for a period ending at a
/// month's end reads the record instead of counting again; a report ending on any other day counts.
public sealed class QuotaCoverageRecordTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task A_months_end_is_recorded_once_with_the_figures_counted_at_that_end()
    {
        var (later, end) = AfterThisMonth();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WarehouseDbContext>();
        var already = await db.QuotaCoverageRecords.AnyAsync(r => r.End == end);

        var first = await RecorderAt(scope, later).RecordMissingAsync(default);
        var second = await RecorderAt(scope, later).RecordMissingAsync(default);

        Assert.True(already || first >= 1, "this month's end is recorded by the first round");
        Assert.Equal(0, second);
        var record = await db.QuotaCoverageRecords.Include(r => r.Lines).SingleAsync(r => r.End == end);
        var counted = await scope.ServiceProvider.GetRequiredService<QuotaCoverageQuery>().PerDepotAsync(end, default);
        Assert.NotEmpty(counted);
        Assert.Equal(counted.OrderBy(c => c.DepotId),
            record.Lines.Select(l => new DepotCoverage(l.DepotId, l.Lines, l.AtMinimum, l.AtTarget, l.TargetQuantity, l.CoveredQuantity))
                .OrderBy(c => c.DepotId));
    }

    [Fact]
    public async Task Two_instances_recording_the_same_end_at_once_leave_one_record()
    {
        // Next month's end, which no other test here records: both rounds find it missing.
        var (later, end) = AfterThisMonth(monthsOn: 1);
        using var one = factory.Services.CreateScope();
        using var two = factory.Services.CreateScope();
        await using var db = factory.NewDbContext();
        var before = await db.QuotaCoverageRecords.CountAsync();

        var recorded = await Task.WhenAll(RecorderAt(one, later).RecordMissingAsync(default),
            RecorderAt(two, later).RecordMissingAsync(default));

        Assert.Equal(1, await db.QuotaCoverageRecords.CountAsync(r => r.End == end));
        Assert.Equal(await db.QuotaCoverageRecords.CountAsync() - before, recorded.Sum());
    }

    [Fact]
    public async Task A_report_ending_at_a_recorded_months_end_shows_the_record_and_one_ending_another_day_counts_now()
    {
        var (later, end) = AfterThisMonth();
        using (var scope = factory.Services.CreateScope())
            await RecorderAt(scope, later).RecordMissingAsync(default);
        var month = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(end, Zone)).AddMonths(-1);
        var lastDay = month.AddMonths(1).AddDays(-1);
        var auditor = await factory.SignedInClientAsync("auditor", "zh-CN");
        var recordedBefore = await CoverageAsync(auditor, month, lastDay);

        // Stock received after the record was taken is in today's count, not in the month's record.
        var receipt = await factory.StationClient().PostAsJsonAsync("/api/receipts", new
        {
            reason = "Donation", clientId = "coverage-record-after", lines = new[] { new { code = "FH-0002", quantity = 500 } },
        });
        Assert.Equal(HttpStatusCode.Created, receipt.StatusCode);

        var recorded = await CoverageAsync(auditor, month, lastDay);
        var counted = await CoverageAsync(auditor, month, lastDay.AddDays(1));
        Assert.NotNull(recorded.RecordedAt);
        Assert.Null(counted.RecordedAt);
        Assert.Equal(recordedBefore.Covered, recorded.Covered);
        Assert.True(counted.Covered > recorded.Covered, "the receipt after the record counts in a report ending another day");
        var page = await auditor.GetStringAsync($"/Reports/ReserveSummary?from={month:yyyy-MM-dd}&to={lastDay:yyyy-MM-dd}");
        Assert.Contains("登记的月末记录", page);
    }

    private static TimeZoneInfo Zone => BureauClock.FindZone(null);

    /// The end of this bureau-local month, and a clock a day after it, which sees that month (and the seed's earlier ones, but
    /// no later one) as over.
    private static (TimeProvider Later, DateTime End) AfterThisMonth(int monthsOn = 0)
    {
        var clock = new TestClock();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, Zone));
        var next = new DateOnly(today.Year, today.Month, 1).AddMonths(1 + monthsOn);
        var end = TimeZoneInfo.ConvertTimeToUtc(next.ToDateTime(TimeOnly.MinValue), Zone);
        clock.Advance(end - now + TimeSpan.FromDays(1));
        return (clock, end);
    }

    private static QuotaCoverageRecorder RecorderAt(IServiceScope scope, TimeProvider time) =>
        new(scope.ServiceProvider.GetRequiredService<WarehouseDbContext>(), scope.ServiceProvider.GetRequiredService<QuotaCoverageQuery>(),
            new BureauClock(time, Zone), NullLogger<QuotaCoverageRecorder>.Instance);

    private static async Task<(long Covered, DateTime? RecordedAt)> CoverageAsync(HttpClient client, DateOnly from, DateOnly to)
    {
        var report = await client.GetFromJsonAsync<JsonElement>($"/api/reports/reserve-summary?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");
        var covered = report.GetProperty("quotaCoverage").EnumerateArray().Sum(r => r.GetProperty("coveredQuantity").GetInt64());
        var at = report.GetProperty("quotaCoverageRecordedAt");
        return (covered, at.ValueKind == JsonValueKind.Null ? null : at.GetDateTime());
    }
}
