using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

/// One request from draft to closed through the pages, each role in its own browser session, picking with the scan box.
[Collection(BrowserCollection.Name)]
public sealed class AllocationJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Draft_to_closed_through_the_pages_role_by_role()
    {
        var dept = await fixture.SignedInPageAsync("dept");
        await dept.GotoAsync("/Requests/Create");
        await dept.FillAsync("#Incident", "浏览器测试：北岸积水");
        await dept.SelectOptionAsync("#Level", "II");
        await dept.FillAsync("#DestinationName", "北岸街道");
        await dept.FillAsync("#ContactPhone", "13800001111");
        await dept.FillAsync("input[name='Lines[0].ItemCode']", "FH-0003");
        await dept.FillAsync("input[name='Lines[0].Quantity']", "2");
        await dept.ClickAsync("#request-form button[type=submit]");
        await Assertions.Expect(dept.Locator("[data-testid=request-state]")).ToHaveTextAsync("草稿");
        await dept.ClickAsync("[data-testid=fire-Submit]");
        await Assertions.Expect(dept.Locator("[data-testid=request-state]")).ToHaveTextAsync("已提交");
        var requestUrl = dept.Url;

        var manager = await fixture.SignedInPageAsync("manager");
        await manager.GotoAsync(requestUrl);
        await manager.ClickAsync("[data-testid=approve-link]");
        await manager.ClickAsync("[data-testid=approve-submit]");
        await Assertions.Expect(manager.Locator("[data-testid=request-state]")).ToHaveTextAsync("已批准");

        var keeper = await fixture.SignedInPageAsync("keeper");
        await keeper.GotoAsync(requestUrl);
        await keeper.ClickAsync("[data-testid=pick-link]");
        var box = keeper.Locator("#scan-box");
        await box.PressSequentiallyAsync("WI-FH-0003\n", new() { Delay = 5 });
        await Assertions.Expect(keeper.Locator("#scan-feedback")).ToContainTextAsync("1");
        await box.PressSequentiallyAsync("WI-FH-0003\n", new() { Delay = 5 });
        await Assertions.Expect(keeper.Locator("[data-testid=pick-lines] tbody tr").First).ToHaveClassAsync("table-success");
        await keeper.FillAsync("#Vehicle", "浙A·88888");
        await keeper.FillAsync("#Driver", "陈师傅");
        await keeper.FillAsync("#DriverPhone", "13700000000");
        await SignaturePad.DrawAsync(keeper, "driver");
        await keeper.ClickAsync("[data-testid=send]");
        var shortCode = (await keeper.Locator("[data-testid=short-code]").TextContentAsync())!.Trim();
        await keeper.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "slip.png"), FullPage = true });

        await dept.GotoAsync("/Deliver");
        await dept.Locator("#code").PressSequentiallyAsync(shortCode + "\n", new() { Delay = 5 });
        await dept.FillAsync("#Signer", "刘主任");
        await SignaturePad.DrawAsync(dept, "receiver");
        await dept.ClickAsync("[data-testid=confirm-delivery]");
        await Assertions.Expect(dept.Locator("[data-testid=request-state]")).ToHaveTextAsync("已签收");

        await manager.GotoAsync(requestUrl);
        await manager.ClickAsync("[data-testid=fire-Close]");
        await Assertions.Expect(manager.Locator("[data-testid=request-state]")).ToHaveTextAsync("已结案");
        await Assertions.Expect(manager.Locator("[data-testid=timeline]")).ToContainTextAsync("发车");
        await manager.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "journey-closed.png"), FullPage = true });
    }
}
