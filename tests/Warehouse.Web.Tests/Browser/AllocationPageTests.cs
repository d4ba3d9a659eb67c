using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AllocationPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task The_workflow_graph_is_drawn_from_the_machine_in_the_pages_language()
    {
        var page = await fixture.SignedInPageAsync("manager");
        await page.GotoAsync("/Workflow");
        await Assertions.Expect(page.Locator("[data-testid=workflow-graph] svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=workflow-graph] svg")).ToContainTextAsync("紧急先行调拨");
        await Assertions.Expect(page.Locator("[data-testid=workflow-graph] svg")).ToContainTextAsync("已提交");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "workflow.png"), FullPage = true });

        var english = await fixture.SignedInPageAsync("manager", "en");
        await english.GotoAsync("/Workflow");
        await Assertions.Expect(english.Locator("[data-testid=workflow-graph] svg")).ToContainTextAsync("Emergency release");
        await english.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "workflow-en.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task A_keeper_picks_by_scanning_and_is_told_at_once_about_a_wrong_item()
    {
        var page = await fixture.SignedInPageAsync("keeper");
        await page.GotoAsync("/Requests?state=Picking");
        await page.Locator("[data-testid=requests-table] a").First.ClickAsync();
        await page.Locator("[data-testid=pick-link]").First.ClickAsync();

        await page.Locator("#scan-box").PressSequentiallyAsync("ZM-0901\n", new() { Delay = 5 });
        await Assertions.Expect(page.Locator("#scan-feedback")).ToHaveAttributeAsync("data-state", "error");

        var firstItem = await page.Locator("[data-testid=pick-lines] tbody tr td").First.TextContentAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "pick.png"), FullPage = true });
        Assert.False(string.IsNullOrWhiteSpace(firstItem));
    }

    [BrowserFact]
    public async Task The_board_and_a_delivered_requests_timeline_read_well()
    {
        var page = await fixture.SignedInPageAsync("manager");
        await page.GotoAsync("/Board");
        await Assertions.Expect(page.Locator(".countdown").First).ToContainTextAsync(":");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "board.png"), FullPage = true });

        await page.GotoAsync("/Requests?state=Closed");
        await page.Locator("[data-testid=requests-table] a").First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=timeline]")).ToContainTextAsync("签收");
        await Assertions.Expect(page.Locator("[data-testid=total-time]")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "request.png"), FullPage = true });
    }
}
