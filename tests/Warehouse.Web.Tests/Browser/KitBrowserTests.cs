using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

/// A keeper packs a kit in the browser: chooses the definition, scans the components into the page's scan box and sees the
/// kit's completeness change; the kit list shows it, in Chinese and in English.
[Collection(BrowserCollection.Name)]
public sealed class KitBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task A_keeper_packs_a_kit_by_scanning_and_the_list_shows_what_it_lacks()
    {
        var page = await fixture.SignedInPageAsync("keeper");
        await page.GotoAsync("/Kits/Pack");
        await page.Locator("#definitionId").SelectOptionAsync(new SelectOptionValue { Label = "防汛责任人随身包 (FLOOD-DUTY-PACK)" });
        await page.Locator("[data-testid=pack-form] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=kit-code]")).ToContainTextAsync("WK-KT");

        await page.Locator("#code").PressSequentiallyAsync("WI-FH-0001\n", new() { Delay = 5 });
        await Assertions.Expect(page.Locator("[data-testid=kit-components] tbody tr")).ToHaveCountAsync(1);
        await page.Locator("#code").PressSequentiallyAsync("WI-ZM-0901\n", new() { Delay = 5 });
        await Assertions.Expect(page.Locator("[data-testid=kit-components] tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-testid=kit-completeness]")).ToContainTextAsync("防汛雨衣 × 1");
        await page.ScreenshotAsync(Shot("kit-pack.png"));

        await page.GotoAsync("/Kits");
        await Assertions.Expect(page.Locator("[data-testid=kits] tbody tr[data-complete=false]")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(Shot("kits.png"));
        var english = await fixture.SignedInPageAsync("keeper", "en");
        await english.GotoAsync("/Kits");
        await Assertions.Expect(english.Locator("[data-testid=kits]")).ToContainTextAsync("Incomplete");
        await english.ScreenshotAsync(Shot("kits-en.png"));
    }

    private static PageScreenshotOptions Shot(string file) =>
        new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, file), FullPage = true };
}
