using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

/// The emergency map without a tile server: the demo depots are drawn on the plain grid, the dispatch on the road shows
/// its countdown, nothing is asked of another host and nothing goes wrong in the console — in both languages.
[Collection(BrowserCollection.Name)]
public sealed partial class MapBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserTheory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task The_map_draws_the_demo_depots_and_the_countdown_without_tiles_or_another_host(string language)
    {
        var page = await fixture.SignedInPageAsync("manager", language);
        var problems = new List<string>();
        var elsewhere = new List<string>();
        var home = new Uri(fixture.App.BaseUrl);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                problems.Add(message.Text);
        };
        page.PageError += (_, error) => problems.Add(error);
        page.Request += (_, request) =>
        {
            if (Uri.TryCreate(request.Url, UriKind.Absolute, out var url) && url.Scheme.StartsWith("http")
                && url.Authority != home.Authority)
                elsewhere.Add(request.Url);
        };

        await page.GotoAsync("/Map");
        await Assertions.Expect(page.Locator("[data-testid=map][data-loaded=true]")).ToHaveCountAsync(1);

        await using var db = fixture.App.NewDbContext();
        var depots = await db.Depots.CountAsync();
        await Assertions.Expect(page.Locator("path.wh-map-depot")).ToHaveCountAsync(depots);
        Assert.True(depots > 0);
        Assert.Equal(0, await page.Locator(".leaflet-tile").CountAsync());
        await Assertions.Expect(page.Locator(".leaflet-control-scale-line")).ToHaveCountAsync(1);
        var countdown = page.Locator("[data-testid=map-countdown]").First;
        await Assertions.Expect(countdown).ToHaveTextAsync(Countdown());
        await page.Locator("path.wh-map-depot").First.ClickAsync(new() { Force = true });
        await Assertions.Expect(page.Locator(".leaflet-popup-content")).ToBeVisibleAsync();
        var legend = await page.Locator("[data-testid=map-legend]").InnerTextAsync();
        Assert.Contains(language == "en" ? "Dispatch on the road" : "在途调运", legend);

        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"map-{language}.png"), FullPage = true });
        Assert.Empty(problems);
        Assert.Empty(elsewhere);
    }

    [GeneratedRegex(@"^(剩余|已超时 \+|Overdue \+)?\s*\d{2,}:\d{2}( left)?$")]
    private static partial Regex Countdown();
}
