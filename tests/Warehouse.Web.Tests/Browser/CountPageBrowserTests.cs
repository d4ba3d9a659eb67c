using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class CountPageBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task A_keeper_counts_a_bin_by_wedge_scans_on_the_handheld_layout_without_seeing_the_books()
    {
        var page = await fixture.SignedInPageAsync("keeper");
        await page.SetViewportSizeAsync(400, 800);
        await page.GotoAsync("/Counts");
        await page.SelectOptionAsync("#Scope", "LocationRange");
        await page.FillAsync("#FromBin", "C-01-01");
        await page.FillAsync("#ToBin", "C-01-01");
        await page.ClickAsync("[data-testid=plan]");
        await page.ClickAsync("[data-testid=count-link]");

        await page.Locator("#scan-box").PressSequentiallyAsync("WI-FH-0001\n", new() { Delay = 5 });
        await Assertions.Expect(page.Locator("#scan-feedback")).ToHaveAttributeAsync("data-state", "error");
        await page.Locator("#scan-box").PressSequentiallyAsync("WL-CR-C-01-01\n", new() { Delay = 5 });
        await Assertions.Expect(page.Locator("#current-location")).ToHaveTextAsync("CR-C-01-01");
        await page.FillAsync("#quantity", "7");
        await page.Locator("#scan-box").PressSequentiallyAsync("WI-FH-0001\n", new() { Delay = 5 });
        await Assertions.Expect(page.Locator("[data-testid=scanned] tbody tr")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "count-scan.png"), FullPage = true });

        await using var db = fixture.App.NewDbContext();
        var count = await db.StockCounts.Include(c => c.Entries).OrderByDescending(c => c.Id).FirstAsync();
        Assert.Equal(7, Assert.Single(count.Entries).Quantity);
        await page.GotoAsync($"/Counts/{count.Id}");
        await Assertions.Expect(page.Locator("[data-testid=count-lines] thead")).Not.ToContainTextAsync("账面");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "count-details.png"), FullPage = true });
    }
}
