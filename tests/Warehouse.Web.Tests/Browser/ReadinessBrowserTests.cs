using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ReadinessBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task A_department_sees_the_fill_rates_in_both_languages_and_drafts_a_village_request_with_one_click()
    {
        var page = await fixture.SignedInPageAsync("dept");
        await page.GotoAsync("/Readiness");
        await Assertions.Expect(page.Locator("[data-standard-rate=VILLAGE-5X]")).ToContainTextAsync("村级“5+X”应急装备");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "readiness.png"), FullPage = true });
        var english = await fixture.SignedInPageAsync("dept", "en");
        await english.GotoAsync("/Readiness");
        await Assertions.Expect(english.Locator("h1")).ToHaveTextAsync("Readiness");
        await english.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "readiness-en.png"), FullPage = true });

        await page.Locator("[data-standard=VILLAGE-5X] [data-draft-request='TXZ-04']").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Requests/Edit/\\d+$"));
        await Assertions.Expect(page.Locator("#DestinationName")).ToHaveValueAsync("芦荡村");
    }

    [BrowserFact]
    public async Task The_check_out_page_asks_for_a_place_only_when_goods_are_issued_to_one()
    {
        var page = await fixture.SignedInPageAsync("keeper");
        await page.GotoAsync("/Stock/Issue");
        await Assertions.Expect(page.Locator("#place-field")).ToBeHiddenAsync();

        await page.SelectOptionAsync("#reason", "IssueToPlace");

        await Assertions.Expect(page.Locator("#place-field")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#place option[value='BSZ-01']")).ToHaveCountAsync(1);
    }
}
