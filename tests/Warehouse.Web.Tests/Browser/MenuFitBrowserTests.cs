using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

/// Every demo role's menu, bell and sign-out fit one line on a 1400-pixel laptop screen, in English and in Chinese.
[Collection(BrowserCollection.Name)]
public sealed class MenuFitBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserTheory]
    [InlineData("admin", "en", "Sign out")]
    [InlineData("manager", "en", "Sign out")]
    [InlineData("keeper", "en", "Sign out")]
    [InlineData("dept", "en", "Sign out")]
    [InlineData("auditor", "en", "Sign out")]
    [InlineData("admin", "zh-CN", "退出")]
    [InlineData("keeper", "zh-CN", "退出")]
    public async Task The_menu_fits_one_line_at_1400_pixels(string user, string locale, string signOutName)
    {
        var page = await fixture.SignedInPageAsync(user, locale);
        await page.SetViewportSizeAsync(1400, 900);
        await page.GotoAsync("/");

        var signOut = await page.GetByRole(AriaRole.Button, new() { Name = signOutName }).BoundingBoxAsync();
        var entries = page.Locator("nav.wh-nav .navbar-nav > .nav-item > .nav-link");
        var first = await entries.First.BoundingBoxAsync();
        var last = await entries.Last.BoundingBoxAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"menu-{user}-{locale}.png") });

        Assert.True(Math.Abs(signOut!.Y - first!.Y) < first.Height, $"sign-out at {signOut.Y}, menu at {first.Y}");
        Assert.True(Math.Abs(last!.Y - first.Y) < first.Height, $"last entry at {last.Y}, first at {first.Y}");
    }

    [BrowserFact]
    public async Task A_keepers_stock_menu_holds_check_in_and_check_out()
    {
        var page = await fixture.SignedInPageAsync("keeper", "en");
        await page.GotoAsync("/");

        await page.ClickAsync("[data-testid=menu-stock]");
        await page.GetByRole(AriaRole.Link, new() { Name = "Check in" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Stock/Receive$"));
    }
}
