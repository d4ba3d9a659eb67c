using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

/// The half-yearly reserve report as an auditor reads it on screen, in both languages: the reserve rows, and the quota
/// coverage of every depot of the demo, each with a share between 0 and 100 %.
[Collection(BrowserCollection.Name)]
public sealed class ReserveSummaryBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task The_year_report_shows_each_depots_quota_coverage_in_both_languages()
    {
        foreach (var (locale, heading) in new[] { ("zh-CN", "定额保障"), ("en", "Quota coverage") })
        {
            var page = await fixture.SignedInPageAsync("auditor", locale);
            await page.GotoAsync("/Reports/ReserveSummary?preset=Year");
            var coverage = page.Locator("[data-testid=quota-coverage] tbody tr");
            await Assertions.Expect(coverage.First).ToBeVisibleAsync();
            Assert.True(await coverage.CountAsync() >= 2);
            foreach (var share in await page.Locator("[data-testid=quota-coverage] tbody tr td:last-child").AllInnerTextsAsync())
                Assert.InRange(decimal.Parse(share.Replace("%", "").Trim(), System.Globalization.CultureInfo.InvariantCulture), 0m, 100m);
            Assert.True(await page.Locator("[data-testid=reserve-rows] tbody tr").CountAsync() > 0);
            await Assertions.Expect(page.Locator("body")).ToContainTextAsync(heading);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"reserve-summary-{locale}.png"),
                FullPage = true });
        }
    }
}
