using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ScanBoxTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task A_wedge_scan_into_another_field_lands_in_the_scan_box_and_leaves_the_field_as_it_was()
    {
        var page = await fixture.SignedInPageAsync("keeper");
        await page.GotoAsync("/Stock/Receive");
        await page.Locator("#note").PressSequentiallyAsync("到货", new() { Delay = 120 });

        await page.Locator("#note").PressSequentiallyAsync("WI-FH-0001\n", new() { Delay = 5 });

        await Assertions.Expect(page.Locator("#scan-feedback")).ToContainTextAsync("防汛安全头盔");
        await Assertions.Expect(page.Locator("#scan-feedback")).ToHaveAttributeAsync("data-state", "ok");
        await Assertions.Expect(page.Locator("#note")).ToHaveValueAsync("到货");
        await Assertions.Expect(page.Locator("#scan-lines tbody tr")).ToHaveCountAsync(1);
    }

    [BrowserFact]
    public async Task Rapid_scans_are_each_counted_once_in_order()
    {
        var page = await fixture.SignedInPageAsync("keeper");
        await page.GotoAsync("/Stock/Receive");
        var box = page.Locator("#scan-box");

        for (var i = 0; i < 5; i++)
            await box.PressSequentiallyAsync("WI-FH-0001\n", new() { Delay = 2 });
        await box.PressSequentiallyAsync("WL-CR-B-01-01\n", new() { Delay = 2 });

        await Assertions.Expect(page.Locator("#current-location")).ToHaveTextAsync("CR-B-01-01");
        await Assertions.Expect(page.Locator("#scan-lines input[data-field=quantity]")).ToHaveValueAsync("5");
        await Assertions.Expect(page.Locator("#scan-lines tbody tr")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "scan-rapid.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task A_scan_made_with_a_chinese_input_method_on_is_rebuilt_from_the_physical_keys()
    {
        var page = await fixture.SignedInPageAsync("keeper");
        await page.GotoAsync("/Stock/Issue");
        await page.Locator("#scan-box").FocusAsync();

        // What Chromium reports with an IME on: every key is "Process" (229), only event.code tells which key it was.
        await page.EvaluateAsync("""
            () => {
                const box = document.getElementById('scan-box');
                const keys = [['KeyF', true], ['KeyH', true], ['Minus', false], ['Digit0', false], ['Digit0', false], ['Digit0', false], ['Digit6', false]];
                for (const [code, shiftKey] of keys)
                    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Process', code, shiftKey, isComposing: true, bubbles: true }));
                box.value = 'ｆｈ－０００６';
                box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', isComposing: true, bubbles: true }));
            }
            """);

        await Assertions.Expect(page.Locator("#scan-feedback")).ToContainTextAsync("防割救援手套");
        await Assertions.Expect(page.Locator("#scan-lines tbody tr")).ToHaveCountAsync(1);
    }

    [BrowserFact]
    public async Task On_a_handheld_the_scanning_page_is_compact_and_still_takes_scans()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.App.BaseUrl,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 360, Height = 640 },
            IsMobile = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#UserName", "keeper");
        await page.FillAsync("#Password", WarehouseFactory.Password);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login"));
        await page.GotoAsync("/Stock/Receive");

        await page.Locator("#scan-box").PressSequentiallyAsync("WI-FH-0001\n", new() { Delay = 5 });

        await Assertions.Expect(page.Locator("#scan-feedback")).ToContainTextAsync("防汛安全头盔");
        Assert.False(await page.Locator(".wh-footer").IsVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "scan-handheld.png"), FullPage = true });
    }
}
