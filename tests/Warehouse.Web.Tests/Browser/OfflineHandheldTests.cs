using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Warehouse.Domain.Stock;

namespace Warehouse.Web.Tests.Browser;

/// A handheld at a township point loses its network: the check-out page keeps working from what the service worker and
/// the device's store kept, postings wait on the device, and when the network returns each is posted exactly once; one
/// the server refuses then is listed on the device and on the depot's page.
[Collection(BrowserCollection.Name)]
public sealed class OfflineHandheldTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static async Task<IPage> CheckOutReadyForOfflineAsync(BrowserFixture fixture, string locale = "zh-CN")
    {
        var page = await fixture.SignedInPageAsync("keeper", locale);
        await page.GotoAsync("/Stock/Issue");
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");
        await page.EvaluateAsync("() => window.Offline.ready");
        return page;
    }

    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}.png"), FullPage = true });

    private static async Task IssueOfflineAsync(IPage page, string code, int? quantity = null)
    {
        await page.Locator("#scan-box").PressSequentiallyAsync(code + "\n", new() { Delay = 5 });
        await Assertions.Expect(page.Locator("#scan-lines tbody tr")).ToHaveCountAsync(1);
        if (quantity is { } q)
        {
            await page.Locator("#scan-lines input[data-field=quantity]").FillAsync(q.ToString());
            await page.Locator("#scan-lines input[data-field=quantity]").DispatchEventAsync("change");
        }
        await page.ClickAsync("#post");
        await Assertions.Expect(page.Locator("#scan-lines tbody tr")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Three_issues_scanned_offline_are_queued_on_the_device_and_each_posted_once_when_the_network_returns()
    {
        var page = await CheckOutReadyForOfflineAsync(fixture);
        // The service worker kept the page and its scripts (Chromium's offline switch does not cover the worker's own
        // fetches, so the reload below alone would not prove it).
        await page.WaitForFunctionAsync("""
            async () => !!(await caches.match('/Stock/Issue')) && !!(await caches.match('/js/offline.js', { ignoreSearch: true }))
                && !!(await caches.match('/js/scan-post.js', { ignoreSearch: true }))
            """);
        await page.Context.SetOfflineAsync(true);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-testid=offline-state]")).ToContainTextAsync("离线");

        await IssueOfflineAsync(page, "WI-FH-0001");
        await IssueOfflineAsync(page, "FH-0002", 2);
        await IssueOfflineAsync(page, "WI-FH-0003");

        await Assertions.Expect(page.Locator("[data-testid=queue-count]")).ToHaveTextAsync("3 笔待发送");
        var clientIds = await page.EvaluateAsync<string[]>("async () => (await OfflineStore.queued('keeper')).map(e => e.clientId)");
        Assert.Equal(3, clientIds.Distinct().Count());
        await using (var db = fixture.App.NewDbContext())
            Assert.False(await db.StockDocuments.AnyAsync(d => clientIds.Contains(d.ClientId)));
        await ScreenshotAsync(page, "offline-queued");

        await page.Context.SetOfflineAsync(false);

        await Assertions.Expect(page.Locator("#offline-banner")).ToBeHiddenAsync(new() { Timeout = 20_000 });
        await using var check = fixture.App.NewDbContext();
        var documents = await check.StockDocuments.Include(d => d.Movements).Where(d => clientIds.Contains(d.ClientId)).ToListAsync();
        Assert.Equal(3, documents.Count);
        Assert.All(documents, d => Assert.Equal(DocumentKind.Issue, d.Kind));
        Assert.Equal(clientIds.Order(), documents.Select(d => d.ClientId).Order());
        Assert.Equal([-1, -2, -1], documents.OrderBy(d => d.Id).Select(d => d.Movements.Sum(m => m.Quantity)));
        Assert.Equal(clientIds, documents.OrderBy(d => d.Id).Select(d => d.ClientId));
        Assert.False(await check.RefusedPostings.AnyAsync(r => clientIds.Contains(r.ClientId)));
    }

    [BrowserFact]
    public async Task An_issue_refused_on_sync_is_listed_on_the_device_and_on_the_depots_page()
    {
        var page = await CheckOutReadyForOfflineAsync(fixture, "en-US");
        await page.Context.SetOfflineAsync(true);
        await IssueOfflineAsync(page, "WI-FH-0006", 777_777);
        await Assertions.Expect(page.Locator("[data-testid=queue-count]")).ToHaveTextAsync("1 queued");

        await page.Context.SetOfflineAsync(false);

        var refused = page.Locator("[data-testid=refused-posting]");
        await Assertions.Expect(refused).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Assertions.Expect(refused).ToContainTextAsync("Not enough stock");
        await Assertions.Expect(page.Locator("[data-testid=queue-count]")).ToHaveTextAsync("");
        await ScreenshotAsync(page, "offline-refused-device");

        await page.GotoAsync("/RefusedPostings?depot=CR");
        var kept = page.Locator("[data-testid=refusal]", new() { HasText = "777777" });
        await Assertions.Expect(kept).ToHaveCountAsync(1);
        await Assertions.Expect(kept.Locator("[data-testid=refusal-detail]")).ToContainTextAsync("Not enough stock");
        await ScreenshotAsync(page, "offline-refused-depot");
        await using var db = fixture.App.NewDbContext();
        Assert.False(await db.StockDocuments.AnyAsync(d => d.Movements.Any(m => m.Quantity == -777_777)));
    }

    [BrowserFact]
    public async Task Bins_gs1_codes_and_gtins_scanned_offline_resolve_from_the_kept_codes_and_post_once_online()
    {
        var page = await CheckOutReadyForOfflineAsync(fixture, "en-US");
        await page.Context.SetOfflineAsync(true);

        await page.Locator("#scan-box").PressSequentiallyAsync("WL-CR-A-03-02\n", new() { Delay = 5 });
        await Assertions.Expect(page.Locator("#current-location")).ToHaveTextAsync("CR-A-03-02");
        await page.Locator("#scan-box").PressSequentiallyAsync("(01)06922345001181(10)L2024102901\n", new() { Delay = 5 });
        await Assertions.Expect(page.Locator("#scan-feedback")).ToContainTextAsync("kept on this device");
        await page.Locator("#scan-box").PressSequentiallyAsync("NOT-A-KEPT-CODE\n", new() { Delay = 5 });
        await Assertions.Expect(page.Locator("#scan-feedback")).ToHaveAttributeAsync("data-state", "error");
        var line = page.Locator("#scan-lines tbody tr");
        await Assertions.Expect(line).ToHaveCountAsync(1);
        await Assertions.Expect(line).ToContainTextAsync("FH-0004");
        await Assertions.Expect(line).ToContainTextAsync("CR-A-03-02");
        await Assertions.Expect(line.Locator("input[data-field=batch]")).Not.ToHaveValueAsync("");

        await page.Context.SetOfflineAsync(false);
        await page.ClickAsync("#post");

        await Assertions.Expect(page.Locator("[data-testid=posted-link]")).ToBeVisibleAsync();
        await using var db = fixture.App.NewDbContext();
        var document = await db.StockDocuments.Include(d => d.Movements).OrderByDescending(d => d.Id).FirstAsync();
        var movement = Assert.Single(document.Movements);
        Assert.Equal(-1, movement.Quantity);
        Assert.Equal("L2024102901", await db.Batches.Where(b => b.Id == movement.BatchId).Select(b => b.Lot).SingleAsync());
        Assert.Equal("CR-A-03-02", await db.Locations.Where(l => l.Id == movement.LocationId).Select(l => l.Code).SingleAsync());
    }
}
