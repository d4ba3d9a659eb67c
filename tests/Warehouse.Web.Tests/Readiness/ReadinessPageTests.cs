using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data.Readiness;
using Warehouse.Domain.Allocation;

namespace Warehouse.Web.Tests.Readiness;

/// The readiness picture on the demo data, as a new user meets it: fill rates below full, what each village lacks,
/// and the button that turns a village's gaps into a draft request.
public sealed class ReadinessPageTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private async Task<ReadinessReport> ReportAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FillRates>().BuildAsync(CancellationToken.None);
    }

    private async Task<int> PlaceIdAsync(string code)
    {
        await using var db = factory.NewDbContext();
        return await db.Places.Where(p => p.Code == code).Select(p => p.Id).SingleAsync();
    }

    [Fact]
    public async Task The_demo_shows_every_standard_below_full_with_the_villages_and_items_they_lack()
    {
        var manager = await factory.SignedInClientAsync("manager");

        var page = await manager.GetStringAsync("/Readiness");
        var report = await ReportAsync();

        Assert.Equal(3, report.Standards.Count);
        Assert.All(report.Standards, s => Assert.InRange(s.Total.Rate, 0, 0.999));
        var village = report.Standards.Single(s => s.Code == "VILLAGE-5X").Villages;
        Assert.Equal(40, village.Count);
        Assert.Contains("配备率", page);
        Assert.Contains("data-place=\"QSX-01\"", page);
        Assert.Contains("汽油发电机 ×1", page);
        Assert.Contains("申请补齐", page);
        // The township with its own storage point holds part of its station set and ranks above one with nothing.
        var townships = report.Standards.Single(s => s.Code == "TOWNSHIP-STATION").Townships;
        Assert.True(townships.Single(t => t.Code == "BSZ").Total.Rate > townships.Single(t => t.Code == "HKZ").Total.Rate);
        Assert.True(townships.Zip(townships.Skip(1)).All(pair => pair.First.Total.Rate <= pair.Second.Total.Rate), "worst first");
        Assert.True(village.Zip(village.Skip(1)).All(pair => pair.First.Total.Rate <= pair.Second.Total.Rate), "worst first");
    }

    [Fact]
    public async Task The_button_drafts_a_request_to_the_village_for_exactly_what_it_lacks()
    {
        var dept = await factory.SignedInClientAsync("dept");
        var placeId = await PlaceIdAsync("YGZ-03");
        using (var scope = factory.Services.CreateScope())
        {
            var gaps = await scope.ServiceProvider.GetRequiredService<FillRates>().GapsAsync(placeId, CancellationToken.None);

            var response = await dept.PostFormAsync("/Readiness", $"/Readiness/Draft/{placeId}", []);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var id = int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
            await using var db = factory.NewDbContext();
            var request = await db.AllocationRequests.Include(r => r.Lines).Include(r => r.Department).SingleAsync(r => r.Id == id);
            Assert.Equal(RequestState.Draft, request.State);
            Assert.Equal(placeId, request.DestinationPlaceId);
            Assert.Equal("盐场村", request.DestinationName);
            Assert.Equal("UMB", request.Department!.Code);
            Assert.Equal(gaps.Select(g => (g.ItemId, g.Rate.Missing)).OrderBy(g => g.ItemId),
                request.Lines.Select(l => (l.ItemId, l.Requested)).OrderBy(l => l.ItemId));
            Assert.Contains(gaps, g => g.ItemCode == "DL-0601" && g.Rate.Missing == 1);
            Assert.Contains("盐场村", await dept.GetStringAsync(response.Headers.Location.OriginalString));
        }
    }

    [Fact]
    public async Task A_manager_drafting_for_a_place_gets_the_department_that_owns_most_of_what_is_missing()
    {
        var manager = await factory.SignedInClientAsync("manager");
        var placeId = await PlaceIdAsync("SYX-02");

        var response = await manager.PostFormAsync("/Readiness", $"/Readiness/Draft/{placeId}", []);

        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
        await using var db = factory.NewDbContext();
        var request = await db.AllocationRequests.Include(r => r.Department).SingleAsync(r => r.Id == id);
        // Sandbags (市水利局) are most of a village's missing units.
        Assert.Equal("WRB", request.Department!.Code);
    }

    [Fact]
    public async Task Drafting_for_an_unknown_place_says_so_and_creates_nothing()
    {
        var dept = await factory.SignedInClientAsync("dept");
        await using var db = factory.NewDbContext();
        var before = await db.AllocationRequests.CountAsync();

        var response = await dept.PostFormAsync("/Readiness", "/Readiness/Draft/999999", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("未知的行政区划", await dept.GetStringAsync("/Readiness"));
        Assert.Equal(before, await db.AllocationRequests.CountAsync());
    }

    [Fact]
    public async Task An_auditor_reads_the_rates_but_is_offered_no_button_and_may_not_draft()
    {
        var auditor = await factory.SignedInClientAsync("auditor");

        var page = await auditor.GetStringAsync("/Readiness");
        var refused = await auditor.PostFormAsync("/Readiness", $"/Readiness/Draft/{await PlaceIdAsync("BSZ-01")}", []);

        Assert.Contains("data-place=\"BSZ-01\"", page);
        Assert.DoesNotContain("data-draft-request", page);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task The_api_and_the_workbook_give_the_same_rates_as_the_page()
    {
        var report = await ReportAsync();
        var overall = report.Standards.Single(s => s.Code == "DUTY-4").Total;

        var json = await factory.StationClient().GetFromJsonAsync<JsonElement>("/api/readiness");
        var workbook = await (await factory.SignedInClientAsync("manager")).GetByteArrayAsync("/Readiness/Export");

        var duty = json.GetProperty("standards").EnumerateArray().Single(s => s.GetProperty("code").GetString() == "DUTY-4");
        var depots = json.GetProperty("depots").EnumerateArray().ToList();
        Assert.Contains(depots, d => d.GetProperty("depotCode").GetString() == "CR");
        Assert.All(depots, d => Assert.InRange(d.GetProperty("readiness").GetProperty("readyUnits").GetInt32(), 0,
            d.GetProperty("readiness").GetProperty("units").GetInt32()));
        Assert.Equal(overall.Required, duty.GetProperty("total").GetProperty("required").GetInt32());
        Assert.Equal(overall.Missing, duty.GetProperty("total").GetProperty("missing").GetInt32());
        using var book = new XLWorkbook(new MemoryStream(workbook));
        var sheet = book.Worksheet("配备率");
        var row = sheet.RowsUsed().Single(r => r.Cell(2).GetString() == "DUTY-4");
        Assert.Equal(overall.Missing, row.Cell(5).GetValue<int>());
        Assert.True(book.Worksheet("缺少的装备").RowsUsed().Count() > 40);
    }

    [Fact]
    public async Task The_dashboard_and_the_reserve_summary_show_the_fill_rate_of_every_standard()
    {
        var manager = await factory.SignedInClientAsync("manager");

        var dashboard = await manager.GetStringAsync("/");
        var summary = await manager.GetStringAsync("/Reports/ReserveSummary");
        var workbook = await manager.GetByteArrayAsync("/Reports/ReserveSummary/Export");

        foreach (var page in new[] { dashboard, summary })
        {
            Assert.Contains("data-fill-rate-summary", page);
            Assert.Contains("data-standard-rate=\"VILLAGE-5X\"", page);
        }
        using var book = new XLWorkbook(new MemoryStream(workbook));
        Assert.Contains(book.Worksheets, s => s.Name == "配备率");
    }
}
