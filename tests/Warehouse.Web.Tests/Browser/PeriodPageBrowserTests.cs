using Microsoft.Playwright;
using Warehouse.Domain.Common;

namespace Warehouse.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PeriodPageBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task An_auditor_closes_a_period_signs_it_off_and_reads_the_check_in_both_languages()
    {
        var today = ((BureauClock)fixture.App.Services.GetService(typeof(BureauClock))!).Today;
        var page = await fixture.SignedInPageAsync("auditor");
        await page.GotoAsync("/Reports/Periods");
        await page.FillAsync("#From", today.AddDays(-30).ToString("yyyy-MM-dd"));
        await page.FillAsync("#To", today.ToString("yyyy-MM-dd"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "periods.png"), FullPage = true });
        await page.ClickAsync("[data-testid=close]");

        await Assertions.Expect(page.Locator("[data-testid=ledger-check]")).ToHaveTextAsync("结账以来台账未变。");
        await page.FillAsync("#Comment", "账实相符，同意签核。");
        await page.ClickAsync("[data-testid=sign]");
        await Assertions.Expect(page.Locator("[data-testid=ledger-check]")).ToHaveTextAsync("签核以来台账未变。");
        await Assertions.Expect(page.Locator("[data-testid=sign-off]")).ToContainTextAsync("账实相符");
        await Assertions.Expect(page.Locator("[data-testid=sign-off-form]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "period.png"), FullPage = true });

        var english = await fixture.SignedInPageAsync("auditor", "en");
        await english.GotoAsync(new Uri(page.Url).PathAndQuery);
        await Assertions.Expect(english.Locator("[data-testid=ledger-check]")).ToHaveTextAsync("Ledger unchanged since sign-off.");
        await english.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "period-en.png"), FullPage = true });
    }
}
