using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class DateFilterPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task A_chinese_ledger_filter_takes_and_shows_the_day_the_chinese_way_and_an_english_one_the_english_way()
    {
        var page = await fixture.SignedInPageAsync("auditor");
        await page.GotoAsync("/Stock/Ledger");
        await page.FillAsync("#from", "2026/10/31");
        await page.PressAsync("#from", "Enter");
        await page.WaitForURLAsync(url => url.Contains("from="));
        await Assertions.Expect(page.Locator("#from")).ToHaveValueAsync("2026/10/31");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "ledger-date-filter.png") });

        var english = await fixture.SignedInPageAsync("auditor", "en");
        await english.GotoAsync("/Stock/Ledger?from=2026-10-31");
        await Assertions.Expect(english.Locator("#from")).ToHaveValueAsync("10/31/2026");
        await english.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "ledger-date-filter-en.png") });
    }
}
