using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

/// The board and a request's page follow other people's steps by push: no reload, the page's own state survives.
[Collection(BrowserCollection.Name)]
public sealed class LiveBoardBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Marker = "window.__stillTheSamePage";

    [BrowserFact]
    public async Task A_request_submitted_by_one_user_appears_on_another_users_board_without_a_reload()
    {
        var director = await fixture.SignedInPageAsync("director");
        var sockets = new List<string>();
        director.WebSocket += (_, socket) => sockets.Add(socket.Url);
        await OpenLiveAsync(director, "/Board");

        var dept = await fixture.SignedInPageAsync("dept");
        var number = await SubmitRequestAsync(dept, "实时看板测试：堤防巡查");

        var row = director.Locator($"[data-testid=board] tr[data-request='{number}']");
        await Assertions.Expect(row).ToContainTextAsync("实时看板测试：堤防巡查");
        await Assertions.Expect(row).ToContainTextAsync("已提交");
        Assert.True(await director.EvaluateAsync<bool>($"{Marker} === true"), "the board was reloaded instead of redrawn");
        Assert.Contains(sockets, url => url.StartsWith(fixture.App.BaseUrl.Replace("http", "ws") + "/live"));
        await director.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "live-board.png"), FullPage = true });

        var english = await fixture.SignedInPageAsync("manager", "en");
        await OpenLiveAsync(english, "/Board");
        await Assertions.Expect(english.Locator($"[data-testid=board] tr[data-request='{number}']")).ToContainTextAsync("Submitted");
        await english.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "live-board-en.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task An_approval_step_taken_by_one_approver_shows_on_a_request_page_another_user_has_open()
    {
        var dept = await fixture.SignedInPageAsync("dept");
        await SubmitRequestAsync(dept, "实时详情测试：泵站保障");
        var requestPage = new Uri(dept.Url).PathAndQuery;

        var director = await fixture.SignedInPageAsync("director", "en");
        await OpenLiveAsync(director, requestPage);
        await Assertions.Expect(director.Locator("[data-testid=current-step]")).ToHaveTextAsync("Step 1 of 2");

        var chief = await fixture.SignedInPageAsync("sectionchief");
        await chief.GotoAsync(requestPage);
        await chief.FillAsync("[name=comment]", "科室同意");
        await chief.ClickAsync("[data-testid=fire-ApproveStep]");

        await Assertions.Expect(director.Locator("[data-testid=current-step]")).ToHaveTextAsync("Step 2 of 2");
        await Assertions.Expect(director.Locator("[data-testid=approve-link]")).ToBeVisibleAsync();
        Assert.True(await director.EvaluateAsync<bool>($"{Marker} === true"), "the request page was reloaded instead of redrawn");
        await director.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "live-request-en.png"), FullPage = true });
    }

    private static async Task OpenLiveAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await Assertions.Expect(page.Locator("html[data-live=up]")).ToHaveCountAsync(1);
        await page.EvaluateAsync($"{Marker} = true");
    }

    private static async Task<string> SubmitRequestAsync(IPage dept, string incident)
    {
        await dept.GotoAsync("/Requests/Create");
        await dept.FillAsync("#Incident", incident);
        await dept.SelectOptionAsync("#Level", "Routine");
        await dept.FillAsync("#DestinationName", "江澜市排涝泵站");
        await dept.FillAsync("#ContactPhone", "13800000000");
        await dept.FillAsync("[name='Lines[0].ItemCode']", "GS-0702");
        await dept.FillAsync("[name='Lines[0].Quantity']", "1");
        await dept.ClickAsync("#request-form button[type=submit]");
        await dept.ClickAsync("[data-testid=fire-Submit]");
        await Assertions.Expect(dept.Locator("[data-testid=request-state]")).ToHaveTextAsync("已提交");
        return (await dept.Locator("[data-testid=request-number]").TextContentAsync())!.Trim();
    }
}
