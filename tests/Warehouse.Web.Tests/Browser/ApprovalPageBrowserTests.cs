using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ApprovalPageBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task The_section_chief_approves_a_first_step_and_the_request_waits_for_the_director_in_both_languages()
    {
        var dept = await fixture.SignedInPageAsync("dept");
        await dept.GotoAsync("/Requests/Create");
        await dept.FillAsync("#Incident", "浏览器测试：泵站保障");
        await dept.SelectOptionAsync("#Level", "Routine");
        await dept.FillAsync("#DestinationName", "江澜市排涝泵站");
        await dept.FillAsync("#ContactPhone", "13800000000");
        await dept.FillAsync("[name='Lines[0].ItemCode']", "GS-0702");
        await dept.FillAsync("[name='Lines[0].Quantity']", "1");
        await dept.ClickAsync("#request-form button[type=submit]");
        await dept.ClickAsync("[data-testid=fire-Submit]");
        await Assertions.Expect(dept.Locator("[data-testid=current-step]")).ToHaveTextAsync("第 1 / 2 步");

        var chief = await fixture.SignedInPageAsync("sectionchief");
        await chief.GotoAsync(new Uri(dept.Url).PathAndQuery);
        await chief.FillAsync("[name=comment]", "科室同意，请局长审批");
        await chief.ClickAsync("[data-testid=fire-ApproveStep]");
        await Assertions.Expect(chief.Locator("[data-testid=current-step]")).ToHaveTextAsync("第 2 / 2 步");
        await Assertions.Expect(chief.Locator("[data-testid=step-1]")).ToContainTextAsync("科室同意，请局长审批");
        await Assertions.Expect(chief.Locator("[data-testid=request-state]")).ToHaveTextAsync("审批中");
        await chief.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "approval-steps.png"), FullPage = true });

        var director = await fixture.SignedInPageAsync("director", "en");
        await director.GotoAsync(new Uri(dept.Url).PathAndQuery);
        await Assertions.Expect(director.Locator("[data-testid=current-step]")).ToHaveTextAsync("Step 2 of 2");
        await Assertions.Expect(director.Locator("[data-testid=approve-link]")).ToBeVisibleAsync();
        await director.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "approval-steps-en.png"), FullPage = true });

        var admin = await fixture.SignedInPageAsync("admin");
        await admin.GotoAsync("/Admin/ApprovalRules");
        await Assertions.Expect(admin.Locator("[data-testid=rules] tbody tr")).ToHaveCountAsync(3);
        await admin.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "approval-rules.png"), FullPage = true });
        await director.GotoAsync("/Delegations");
        await director.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "delegations-en.png"), FullPage = true });
    }
}
