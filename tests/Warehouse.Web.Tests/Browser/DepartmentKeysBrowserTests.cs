using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class DepartmentKeysBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task An_administrator_issues_a_department_key_sees_it_once_and_revokes_it()
    {
        var page = await fixture.SignedInPageAsync("admin");
        await page.GotoAsync("/Admin/ApiKeys");
        await page.Locator("#Name").FillAsync("指挥平台");
        await page.Locator("form[action$='/Create'] button[type=submit]").ClickAsync();

        var key = page.Locator("[data-testid=new-department-key]");
        await Assertions.Expect(key).ToContainTextAsync("whd_");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("指挥平台");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "department-keys.png"), FullPage = true });

        await page.GotoAsync("/Admin/ApiKeys");
        await Assertions.Expect(page.Locator("[data-testid=new-department-key]")).ToHaveCountAsync(0);
        await page.Locator("form[action*='/Revoke/'] button").First.ClickAsync();
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("已停用");

        var english = await fixture.SignedInPageAsync("admin", "en");
        await english.GotoAsync("/Admin/ApiKeys");
        await Assertions.Expect(english.Locator("h1")).ToHaveTextAsync("Department API keys");
        await english.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "department-keys-en.png"),
            FullPage = true });
    }
}
