using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

/// On the map, townships and villages are coloured by their standard fill rate; a place's popup gives the rate, and the
/// legend explains the colours, in both languages.
[Collection(BrowserCollection.Name)]
public sealed class MapFillBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserTheory]
    [InlineData("zh-CN", "标准配备率")]
    [InlineData("en", "Standard fill rate")]
    public async Task Places_are_coloured_by_their_fill_rate_and_the_popup_gives_it(string language, string rateLabel)
    {
        var page = await fixture.SignedInPageAsync("manager", language);

        await page.GotoAsync("/Map");
        await Assertions.Expect(page.Locator("[data-testid=map][data-loaded=true]")).ToHaveCountAsync(1);

        var rated = page.Locator("path.wh-map-fill-full, path.wh-map-fill-partial, path.wh-map-fill-low");
        Assert.True(await rated.CountAsync() > 0, "some place is coloured by its fill rate");
        var fill = await rated.First.EvaluateAsync<string>("p => getComputedStyle(p).fill");
        Assert.DoesNotContain("rgb(176, 190, 197)", fill);
        // A depot or a request may lie over the place: the click is given to the place's own marker.
        await rated.First.DispatchEventAsync("click");
        await Assertions.Expect(page.Locator(".leaflet-popup-content [data-fill-rate]")).ToContainTextAsync(rateLabel);
        await Assertions.Expect(page.Locator("[data-testid=map-legend]")).ToContainTextAsync(rateLabel);
        await page.ScreenshotAsync(new()
        {
            Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"map-fill-{language}.png"), FullPage = true,
        });
    }
}
