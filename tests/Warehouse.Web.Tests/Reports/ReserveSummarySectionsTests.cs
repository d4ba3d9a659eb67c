using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Domain.Common;

namespace Warehouse.Web.Tests.Reports;

/// The report's sections after its balance rows, on the demo's requests (one released in an emergency, some delivered).
public sealed class ReserveSummarySectionsTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task Dispatch_times_over_the_whole_period_and_emergency_releases_are_in_the_json_the_page_and_the_workbook()
    {
        var today = factory.Services.GetRequiredService<BureauClock>().Today;
        var query = $"from={today.AddDays(-1):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        var auditor = await factory.SignedInClientAsync("auditor");

        var report = await auditor.GetFromJsonAsync<JsonElement>($"/api/reports/reserve-summary?{query}");

        var times = report.GetProperty("dispatchTimes");
        var routes = report.GetProperty("dispatches").EnumerateArray().ToList();
        Assert.True(times.GetProperty("count").GetInt32() > 0);
        Assert.Equal(routes.Sum(r => r.GetProperty("count").GetInt32()), times.GetProperty("count").GetInt32());
        Assert.True(times.GetProperty("p90Minutes").GetDouble() >= times.GetProperty("medianMinutes").GetDouble());
        Assert.InRange(times.GetProperty("withinTargetShare").GetDouble(), 0, 1);
        var release = Assert.Single(report.GetProperty("emergencyReleases").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(release.GetProperty("request").GetString()));

        var page = await auditor.GetStringAsync($"/Reports/ReserveSummary?{query}");
        Assert.Contains("data-testid=\"dispatch-times\"><td colspan=\"2\">全期间</td>", page);
        Assert.Contains(release.GetProperty("request").GetString()!, page);
        var workbook = await auditor.GetAsync($"/Reports/ReserveSummary/Export?{query}");
        using var book = new XLWorkbook(await workbook.Content.ReadAsStreamAsync());
        var dispatches = book.Worksheet("调拨发运");
        Assert.Equal("全期间", dispatches.LastRowUsed()!.Cell(1).GetString());
        Assert.Equal(times.GetProperty("count").GetInt32(), dispatches.LastRowUsed()!.Cell(3).GetValue<int>());
    }
}
