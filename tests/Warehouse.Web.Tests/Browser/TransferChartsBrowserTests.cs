using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

/// The transfer-time report's charts drawn by the bundled ECharts in a real browser, in both languages.
[Collection(BrowserCollection.Name)]
public sealed class TransferChartsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task The_histogram_and_the_weekly_trend_render_without_a_console_error_or_a_request_to_another_host()
    {
        foreach (var (locale, heading) in new[] { ("zh-CN", "每周趋势"), ("en", "Weekly trend") })
        {
            var page = await fixture.SignedInPageAsync("manager", locale);
            var errors = new List<string>();
            var foreign = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                    errors.Add(message.Text);
            };
            page.PageError += (_, error) => errors.Add(error);
            page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith(fixture.App.BaseUrl.TrimEnd('/'), StringComparison.Ordinal) && !request.Url.StartsWith("data:"))
                    foreign.Add(request.Url);
            };

            await page.GotoAsync("/Reports/TransferTimes");
            await Assertions.Expect(page.Locator("[data-testid=histogram-chart] canvas")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("[data-testid=weekly-chart] canvas")).ToHaveCountAsync(1);
            var box = await page.Locator("[data-testid=histogram-chart] canvas").BoundingBoxAsync();
            Assert.True(box is { Width: > 100, Height: > 100 });
            await Assertions.Expect(page.Locator("body")).ToContainTextAsync(heading);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"transfer-times-{locale}.png"),
                FullPage = true });

            Assert.Empty(errors);
            Assert.Empty(foreign);
        }
    }
}
