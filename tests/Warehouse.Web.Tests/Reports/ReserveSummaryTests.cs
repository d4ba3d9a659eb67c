using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Common;

namespace Warehouse.Web.Tests.Reports;

public sealed class ReserveSummaryTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task Every_row_adds_up_and_a_period_ending_today_closes_on_the_stock_on_hand()
    {
        var today = factory.Services.GetService(typeof(BureauClock)) is BureauClock clock ? clock.Today : DateOnly.FromDateTime(DateTime.Today);
        var from = today.AddDays(-1);
        var auditor = await factory.SignedInClientAsync("auditor");

        var report = await auditor.GetFromJsonAsync<JsonElement>($"/api/reports/reserve-summary?from={from:yyyy-MM-dd}&to={today:yyyy-MM-dd}");

        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.Contains(rows, r => r.GetProperty("issuedQuantity").GetInt32() > 0);
        Assert.All(rows, r => Assert.Equal(r.GetProperty("closingQuantity").GetInt32(),
            r.GetProperty("openingQuantity").GetInt32() + r.GetProperty("receivedQuantity").GetInt32() - r.GetProperty("issuedQuantity").GetInt32()));
        await using var db = factory.NewDbContext();
        var onHand = await db.StockBalances.GroupBy(b => b.Depot!.Code).Select(g => new { g.Key, Sum = g.Sum(b => b.OnHand) })
            .ToDictionaryAsync(g => g.Key, g => g.Sum);
        foreach (var depot in rows.GroupBy(r => r.GetProperty("depot").GetString()!))
            Assert.Equal(onHand[depot.Key], depot.Sum(r => r.GetProperty("closingQuantity").GetInt32()));
    }

    [Theory]
    [InlineData("2026-06-30", "2026-01-01", "ReportPeriodReversed")]
    [InlineData("2020-01-01", "2026-06-30", "ReportPeriodTooLong")]
    public async Task A_reversed_or_overlong_period_is_a_clear_problem(string from, string to, string code)
    {
        var response = await factory.StationClient().GetAsync($"/api/reports/reserve-summary?from={from}&to={to}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("zh-CN", "应急物资储备综合情况", "期初数量", "期间开始日")]
    [InlineData("en", "Reserve summary", "Opening value", "The period starts")]
    public async Task The_report_page_speaks_the_users_language_and_refuses_a_reversed_period(string language, string title, string heading,
        string refusal)
    {
        var manager = await factory.SignedInClientAsync("manager", language);

        var page = await manager.GetStringAsync("/Reports/ReserveSummary?preset=Year");
        var refused = await manager.GetAsync("/Reports/ReserveSummary?from=2026-06-30&to=2026-01-01");

        Assert.Contains(title, page);
        Assert.Contains(heading, page);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(refusal, await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_workbook_has_a_cover_sheet_and_chinese_headings_with_totals()
    {
        var auditor = await factory.SignedInClientAsync("auditor");

        var response = await auditor.GetAsync("/Reports/ReserveSummary/Export?from=2026-01-01&to=2026-12-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var cover = book.Worksheet(1);
        Assert.Equal("应急物资储备综合情况", cover.Name);
        Assert.Equal("2026-01-01 – 2026-12-31", cover.Cell(3, 2).GetString());
        var balances = book.Worksheet(2);
        Assert.Equal("期初数量", balances.Cell(1, 4).GetString());
        var total = balances.LastRowUsed();
        Assert.Equal("合计", total.Cell(1).GetString());
        Assert.Equal($"SUM(D2:D{total.RowNumber() - 1})", total.Cell(4).FormulaA1);
        Assert.Equal(balances.Column(4).CellsUsed().Skip(1).SkipLast(1).Sum(c => c.GetValue<long>()),
            total.Cell(4).GetValue<long>());
        // The seven sections, then the fill rate of every equipment standard (配备率).
        Assert.Equal(8, book.Worksheets.Count);
        Assert.Equal("定额保障情况", book.Worksheet(3).Name);
        Assert.Equal("0.0%", book.Worksheet(3).Cell(2, 7).Style.NumberFormat.Format);
        Assert.InRange(book.Worksheet(3).Cell(2, 7).GetValue<double>(), 0, 1);
        Assert.Equal("配备率", book.Worksheet(8).Name);
    }

    [Fact]
    public async Task Quota_coverage_at_a_period_ending_today_counts_each_depots_quota_lines_against_the_stock_on_hand()
    {
        var today = PeriodCloseTests.Today(factory);
        var auditor = await factory.SignedInClientAsync("auditor");

        var report = await auditor.GetFromJsonAsync<JsonElement>($"/api/reports/reserve-summary?from={today.AddDays(-30):yyyy-MM-dd}&to={today:yyyy-MM-dd}");

        await using var db = factory.NewDbContext();
        var quotas = await db.Quotas.Select(q => new
        {
            Depot = q.Depot!.Code, q.Minimum, q.Target,
            OnHand = db.StockBalances.Where(b => b.DepotId == q.DepotId && b.ItemId == q.ItemId).Sum(b => (int?)b.OnHand) ?? 0,
        }).ToListAsync();
        var rows = report.GetProperty("quotaCoverage").EnumerateArray().ToList();
        Assert.Equal(quotas.Select(q => q.Depot).Distinct().Order(), rows.Select(r => r.GetProperty("depot").GetString()!));
        foreach (var row in rows)
        {
            var mine = quotas.Where(q => q.Depot == row.GetProperty("depot").GetString()).ToList();
            Assert.Equal(mine.Count, row.GetProperty("lines").GetInt32());
            Assert.Equal(mine.Count(q => q.OnHand >= q.Minimum), row.GetProperty("atMinimum").GetInt32());
            Assert.Equal(mine.Count(q => q.OnHand >= q.Target), row.GetProperty("atTarget").GetInt32());
            Assert.Equal(mine.Sum(q => Math.Clamp(q.OnHand, 0, q.Target)), row.GetProperty("coveredQuantity").GetInt64());
        }
    }
}
