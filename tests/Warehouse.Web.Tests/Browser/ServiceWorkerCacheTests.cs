using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

/// Chromium's offline switch does not cover the service worker's own fetches, so this proves the kept page the hard way:
/// the app's Kestrel host is stopped (nothing listens on its port any more) and the page still opens, from the worker's
/// cache alone, with its scripts, ready to scan and queue.
[Collection(BrowserCollection.Name)]
public sealed class ServiceWorkerCacheTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task The_check_out_page_opens_from_the_service_workers_cache_with_the_server_stopped()
    {
        var page = await fixture.SignedInPageAsync("keeper");
        await page.GotoAsync("/Stock/Issue");
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");
        await page.EvaluateAsync("() => window.Offline.ready");
        await page.WaitForFunctionAsync("""
            async () => !!(await caches.match('/Stock/Issue')) && !!(await caches.match('/js/offline.js', { ignoreSearch: true }))
                && !!(await caches.match('/js/scan-post.js', { ignoreSearch: true }))
            """);

        // The page's live connection (a WebSocket) never closes by itself: stopping waits two seconds, then drops it.
        using (var drop = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
            await fixture.App.Services.GetRequiredService<IServer>().StopAsync(drop.Token);
        using (var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(10) })
            await Assert.ThrowsAsync<HttpRequestException>(() => probe.GetAsync(fixture.App.BaseUrl + "/Stock/Issue"));
        await page.ReloadAsync();

        await Assertions.Expect(page.Locator("#scan-box")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.Offline === 'object' && window.Offline !== null"));
        await page.Locator("#scan-box").PressSequentiallyAsync("WI-FH-0001\n", new() { Delay = 5 });
        await Assertions.Expect(page.Locator("#scan-lines tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#scan-lines tbody tr")).ToContainTextAsync("FH-0001");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "server-stopped.png"), FullPage = true });
    }
}
