using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data.Reporting;
using Warehouse.Web.Features.Reports;

namespace Warehouse.Web.Tests.Reports;

/// A report that finds the ledger totals far behind (a rebuild after an upgrade) answers at once that they are being
/// brought up to date, instead of doing it inside the request; the keeper brings them up in the background.
public sealed class ReportTotalsBehindTests(ReportTotalsBehindTests.KeeperOffFactory factory)
    : IClassFixture<ReportTotalsBehindTests.KeeperOffFactory>
{
    [Fact]
    public async Task The_report_page_its_workbook_and_its_api_answer_503_until_the_totals_are_caught_up()
    {
        var auditor = await factory.SignedInClientAsync("auditor", "zh-CN");
        Assert.True((await LagAsync(factory)).Rows > 0, "the seeded ledger is not yet in the totals");

        var api = await auditor.GetAsync("/api/reports/reserve-summary?from=2026-01-01&to=2026-12-31");
        var page = await auditor.GetAsync("/Reports/ReserveSummary?preset=Year");
        var export = await auditor.GetAsync("/Reports/ReserveSummary/Export?from=2026-01-01&to=2026-12-31");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("ReportTotalsCatchingUp", (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(TimeSpan.FromSeconds(60), api.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("台账汇总正在更新", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, export.StatusCode);

        await factory.Services.GetRequiredService<LedgerTotalsKeeper>().RunOnceAsync(default);

        Assert.Equal(0, (await LagAsync(factory)).Rows);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/api/reports/reserve-summary?from=2026-01-01&to=2026-12-31")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/Reports/ReserveSummary?preset=Year")).StatusCode);
    }

    internal static async Task<TotalsLag> LagAsync(WarehouseFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LedgerTotalsRefresh>().LagAsync(default);
    }

    /// Reports bring no rows up themselves, and no keeper runs.
    public sealed class KeeperOffFactory : WarehouseFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Reports:Totals:InRequestRows", "0");
            builder.UseSetting("Reports:Totals:Enabled", "false");
        }
    }
}

/// The refused report asks the keeper for a round at once rather than at its next interval.
public sealed class ReportTotalsKeeperTests(ReportTotalsKeeperTests.AskedOnlyFactory factory)
    : IClassFixture<ReportTotalsKeeperTests.AskedOnlyFactory>
{
    [Fact]
    public async Task A_refused_report_has_the_keeper_bring_the_totals_up_in_the_background()
    {
        var auditor = await factory.SignedInClientAsync("auditor");
        Assert.True((await ReportTotalsBehindTests.LagAsync(factory)).Rows > 0, "the seeded ledger is not yet in the totals");

        var refused = await auditor.GetAsync("/api/reports/reserve-summary?from=2026-01-01&to=2026-12-31");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        for (var tries = 0; tries < 600 && (await ReportTotalsBehindTests.LagAsync(factory)).Rows > 0; tries++)
            await Task.Delay(100);
        Assert.Equal(0, (await ReportTotalsBehindTests.LagAsync(factory)).Rows);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/api/reports/reserve-summary?from=2026-01-01&to=2026-12-31")).StatusCode);
    }

    /// Reports bring no rows up themselves, and the keeper's own rounds are an hour apart.
    public sealed class AskedOnlyFactory : WarehouseFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Reports:Totals:InRequestRows", "0");
            builder.UseSetting("Reports:Totals:FirstRunAfter", "01:00:00");
            builder.UseSetting("Reports:Totals:Interval", "01:00:00");
        }
    }
}
