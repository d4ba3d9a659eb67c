using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ScanPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task A_keeper_checks_goods_in_by_wedge_scans_and_posts_them_once()
    {
        var page = await fixture.SignedInPageAsync("keeper");
        await page.GotoAsync("/Stock/Receive");
        await page.SelectOptionAsync("#reason", "Donation");

        await page.Locator("#scan-box").PressSequentiallyAsync("WL-CR-B-01-01\n", new() { Delay = 5 });
        await Assertions.Expect(page.Locator("#current-location")).ToHaveTextAsync("CR-B-01-01");
        for (var i = 0; i < 3; i++)
        {
            await page.Locator("#scan-box").PressSequentiallyAsync("WI-FH-0001\n", new() { Delay = 5 });
            await Assertions.Expect(page.Locator("#scan-feedback")).ToContainTextAsync(i == 0 ? "防汛安全头盔" : $"{i + 1}");
        }
        await Assertions.Expect(page.Locator("#scan-lines tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#scan-lines input[data-field=quantity]")).ToHaveValueAsync("3");

        await page.ClickAsync("#post");

        var link = page.Locator("[data-testid=posted-link]");
        await Assertions.Expect(link).ToContainTextAsync("RK");
        await using var db = fixture.App.NewDbContext();
        var document = await db.StockDocuments.Include(d => d.Movements).OrderByDescending(d => d.Id).FirstAsync();
        Assert.Equal("keeper", document.UserName);
        Assert.Equal(3, Assert.Single(document.Movements).Quantity);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "receive.png"), FullPage = true });

        await link.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=document-number]")).ToHaveTextAsync(document.Number);
    }

    [BrowserFact]
    public async Task An_unknown_scan_is_answered_in_red_and_adds_nothing()
    {
        var page = await fixture.SignedInPageAsync("keeper", "en-US");
        await page.GotoAsync("/Stock/Issue");

        await page.Locator("#scan-box").PressSequentiallyAsync("XX-NOT-A-CODE\n", new() { Delay = 5 });

        var feedback = page.Locator("#scan-feedback");
        await Assertions.Expect(feedback).ToHaveAttributeAsync("data-state", "error");
        await Assertions.Expect(feedback).ToContainTextAsync("Unknown code");
        await Assertions.Expect(page.Locator("#scan-lines tbody tr")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task An_issue_larger_than_the_stock_is_refused_with_the_reason_and_the_lines_are_kept()
    {
        var page = await fixture.SignedInPageAsync("keeper", "en-US");
        await page.GotoAsync("/Stock/Issue");
        await page.Locator("#scan-box").PressSequentiallyAsync("FH-0006\n", new() { Delay = 5 });
        await page.Locator("#scan-lines input[data-field=quantity]").FillAsync("999999");
        await page.Locator("#scan-lines input[data-field=quantity]").DispatchEventAsync("change");

        await page.ClickAsync("#post");

        await Assertions.Expect(page.Locator("#post-result")).ToContainTextAsync("Not enough stock");
        await Assertions.Expect(page.Locator("#scan-lines tbody tr")).ToHaveCountAsync(1);
    }

    [BrowserFact]
    public async Task The_stock_page_reads_as_a_product_in_chinese_and_in_english()
    {
        foreach (var (locale, heading, className) in new[] { ("zh-CN", "库存查询", "防护用品"), ("en-US", "Stock on hand", "Protective gear") })
        {
            var page = await fixture.SignedInPageAsync("manager", locale);
            await page.GotoAsync("/Stock?depot=CR");
            await Assertions.Expect(page.Locator("h1").First).ToHaveTextAsync(heading);
            await Assertions.Expect(page.Locator("[data-testid=stock-table]")).ToContainTextAsync(className);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"stock-{locale}.png"), FullPage = false });
            await page.GotoAsync("/");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"dashboard-{locale}.png"), FullPage = false });
        }
    }
}
