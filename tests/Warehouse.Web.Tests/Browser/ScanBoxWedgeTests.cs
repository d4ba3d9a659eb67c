using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

/// Keys a GS1 keyboard-wedge scanner really types: Ctrl+] or Alt+0029 for the group separator, a Tab suffix.
[Collection(BrowserCollection.Name)]
public sealed class ScanBoxWedgeTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Gtin = "0106904213001011";

    [BrowserFact]
    public async Task A_group_separator_typed_as_Ctrl_bracket_reaches_the_server_and_keeps_lot_and_expiry_apart()
    {
        var (page, sent) = await ReceivePageAsync();
        var box = page.Locator("#scan-box");

        await box.PressSequentiallyAsync(Gtin + "10L1", new() { Delay = 5 });
        await page.Keyboard.PressAsync("Control+BracketRight");
        await box.PressSequentiallyAsync("17271231\n", new() { Delay = 5 });

        await Assertions.Expect(page.Locator("#scan-feedback")).ToHaveAttributeAsync("data-state", "ok");
        Assert.Equal(Gtin + "10L1\u001D17271231", Assert.Single(sent));
        await Assertions.Expect(page.Locator("#scan-lines tbody tr")).ToHaveCountAsync(1);
    }

    [BrowserFact]
    public async Task A_group_separator_typed_as_Alt_0029_on_the_keypad_reaches_the_server()
    {
        var (page, sent) = await ReceivePageAsync();
        var box = page.Locator("#scan-box");

        await box.PressSequentiallyAsync(Gtin + "10L1", new() { Delay = 5 });
        await page.Keyboard.DownAsync("Alt");
        foreach (var key in new[] { "Numpad0", "Numpad0", "Numpad2", "Numpad9" })
            await page.Keyboard.PressAsync(key);
        await page.Keyboard.UpAsync("Alt");
        await box.PressSequentiallyAsync("17271231\n", new() { Delay = 5 });

        await Assertions.Expect(page.Locator("#scan-feedback")).ToHaveAttributeAsync("data-state", "ok");
        Assert.Equal(Gtin + "10L1\u001D17271231", Assert.Single(sent));
    }

    [BrowserFact]
    public async Task A_scanner_burst_with_an_Alt_code_separator_and_a_Tab_suffix_is_one_scan_and_keeps_the_focus()
    {
        var (page, sent) = await ReceivePageAsync();
        await page.Locator("#scan-box").EvaluateAsync("box => box.blur()");

        // A scanner's keys arrive within milliseconds; dispatched in one script so the test machine's load cannot
        // stretch the gaps the box measures. Nothing has the focus, so the keys belong to the scan box.
        await page.EvaluateAsync("""
            text => {
                const key = (type, key, code, altKey = false) =>
                    document.body.dispatchEvent(new KeyboardEvent(type, { key, code, altKey, bubbles: true, cancelable: true }));
                const type = (s) => { for (const c of s) key('keydown', c, /[0-9]/.test(c) ? 'Digit' + c : 'Key' + c.toUpperCase()); };
                type(text);
                key('keydown', 'Alt', 'AltLeft', true);
                for (const d of '0029') key('keydown', d, 'Numpad' + d, true);
                key('keyup', 'Alt', 'AltLeft');
                type('17271231');
                key('keydown', 'Tab', 'Tab');
            }
            """, Gtin + "10L1");

        await Assertions.Expect(page.Locator("#scan-feedback")).ToHaveAttributeAsync("data-state", "ok");
        Assert.Equal(Gtin + "10L1\u001D17271231", Assert.Single(sent));
        await Assertions.Expect(page.Locator("#scan-box")).ToBeFocusedAsync();
    }

    [BrowserFact]
    public async Task A_scan_whose_separator_was_lost_is_answered_as_ambiguous_and_adds_no_line()
    {
        var (page, _) = await ReceivePageAsync();

        await page.Locator("#scan-box").PressSequentiallyAsync(Gtin + "10L117271231\n", new() { Delay = 5 });

        await Assertions.Expect(page.Locator("#scan-feedback")).ToHaveAttributeAsync("data-state", "error");
        await Assertions.Expect(page.Locator("#scan-feedback")).ToContainTextAsync("有歧义");
        await Assertions.Expect(page.Locator("#scan-lines tbody tr")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "scan-ambiguous-gs1.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task Full_width_characters_typed_through_an_input_method_are_sent_as_ASCII()
    {
        var (page, sent) = await ReceivePageAsync();
        var box = page.Locator("#scan-box");

        await box.FillAsync("ＷＩ－ＦＨ－０００１");
        await box.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#scan-feedback")).ToContainTextAsync("防汛安全头盔");
        Assert.Equal("WI-FH-0001", Assert.Single(sent));
    }

    /// The check-in page, with every code the scan box sends to the look-up recorded as the server got it.
    private async Task<(IPage Page, List<string> Sent)> ReceivePageAsync()
    {
        var page = await fixture.SignedInPageAsync("keeper");
        var sent = new List<string>();
        page.Request += (_, request) =>
        {
            var path = new Uri(request.Url).AbsolutePath;
            if (path.StartsWith("/api/codes/", StringComparison.Ordinal))
                sent.Add(Uri.UnescapeDataString(path["/api/codes/".Length..]));
        };
        await page.GotoAsync("/Stock/Receive");
        await page.Locator("#scan-box").FocusAsync();
        return (page, sent);
    }
}
