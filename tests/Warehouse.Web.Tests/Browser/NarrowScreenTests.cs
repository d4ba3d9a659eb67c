using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

/// A handheld's screen is 360 pixels wide: the handheld pages (and signing in) fit it without scrolling sideways, in both
/// languages.
[Collection(BrowserCollection.Name)]
public sealed class NarrowScreenTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const int Width = 360;

    private static async Task AssertFitsAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"narrow-{name}.png"), FullPage = true });
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= Width, $"{page.Url} is {width} px wide on a {Width} px screen");
    }

    [BrowserTheory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task The_handheld_pages_fit_a_360_pixel_screen(string locale)
    {
        int picking;
        await using (var db = fixture.App.NewDbContext())
            picking = await db.Dispatches.Where(d => d.Request!.Incident == "西山山体滑坡").Select(d => d.Id).SingleAsync();
        var page = await fixture.SignedInPageAsync("keeper", locale);
        await page.SetViewportSizeAsync(Width, 740);

        var pages = new[]
        {
            ("/Stock/Issue", "issue"), ("/Stock/Receive", "receive"), ($"/Dispatches/Pick/{picking}", "pick"), ("/Deliver", "deliver"),
            ("/RefusedPostings", "refused"),
        };
        foreach (var (path, name) in pages)
        {
            await page.GotoAsync(path);
            await AssertFitsAsync(page, $"{name}-{locale}");
        }
        await page.GotoAsync("/Stock/Issue");
        await page.Locator("#scan-box").PressSequentiallyAsync("WI-FH-0004\n", new() { Delay = 5 });
        await Assertions.Expect(page.Locator("#scan-lines tbody tr")).ToHaveCountAsync(1);
        await AssertFitsAsync(page, $"issue-line-{locale}");
    }

    [BrowserFact]
    public async Task The_sign_in_page_fits_a_360_pixel_screen()
    {
        var context = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = fixture.App.BaseUrl, ViewportSize = new() { Width = Width, Height = 740 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await AssertFitsAsync(page, "login");
        await context.CloseAsync();
    }
}
