using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PrintingPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task An_administrator_adds_a_printer_test_prints_it_and_reads_the_receipt_preview()
    {
        var page = await fixture.SignedInPageAsync("admin");
        await page.GotoAsync("/Printers");
        await page.FillAsync("#Name", "中心库收发台打印机");
        await page.FillAsync("#Address", "virtual");
        await page.SelectOptionAsync("#Paper", "Mm58");
        await page.ClickAsync("form[action='/Printers/Create'] button[type=submit]");
        var row = page.Locator("[data-testid=printers-table] tr", new() { HasText = "中心库收发台打印机" });
        await Assertions.Expect(row.Locator(".wh-printer-status")).ToHaveAttributeAsync("data-state", "virtual");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "printers.png"), FullPage = true });

        await row.Locator("[data-testid=test-print]").ClickAsync();
        var job = page.Locator("[data-testid=print-jobs] tbody tr").First;
        await Assertions.Expect(job).ToContainTextAsync("测试页");
        await WaitUntilPrintedAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "print-queue.png"), FullPage = true });

        await page.Locator("[data-testid=print-jobs] tbody tr").First.Locator("[data-testid=preview]").ClickAsync();
        var receipt = page.Locator("[data-testid=receipt-preview]");
        await Assertions.Expect(receipt).ToContainTextAsync("打印测试页");
        await Assertions.Expect(receipt).ToContainTextAsync("中心库收发台打印机");
        await Assertions.Expect(receipt.Locator("svg")).ToHaveCountAsync(2);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "receipt-preview-test.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task A_keepers_check_in_shows_its_goods_received_note_as_a_preview()
    {
        var page = await fixture.SignedInPageAsync("keeper");
        await page.GotoAsync("/Stock/Receive");
        await page.Locator("#scan-box").PressSequentiallyAsync("WI-FH-0001\n", new() { Delay = 5 });
        await Assertions.Expect(page.Locator("#scan-lines tbody tr")).ToHaveCountAsync(1);
        await page.ClickAsync("#post");
        await page.Locator("[data-testid=posted-link]").ClickAsync();
        await page.Locator("[data-testid=receipt-jobs]").ClickAsync();
        var job = page.Locator("[data-testid=print-jobs] tbody tr").First;
        await Assertions.Expect(job).ToContainTextAsync("入库单");
        await WaitUntilPrintedAsync(page);
        await job.Locator("[data-testid=preview]").ClickAsync();

        var receipt = page.Locator("[data-testid=receipt-preview]");
        await Assertions.Expect(receipt).ToContainTextAsync("入库单");
        await Assertions.Expect(receipt).ToContainTextAsync("防汛安全头盔");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "receipt-preview-check-in.png"), FullPage = true });
    }

    [BrowserFact]
    public async Task A_selection_of_labels_prints_as_an_a4_sheet()
    {
        var page = await fixture.SignedInPageAsync("keeper");
        await page.GotoAsync("/Labels?kind=Location&search=CR-A");
        var boxes = page.Locator("#labels-form input[name=ids]");
        await boxes.Nth(0).CheckAsync();
        await boxes.Nth(1).CheckAsync();
        await boxes.Nth(2).CheckAsync();
        await page.ClickAsync("[data-testid=label-sheet]");

        await Assertions.Expect(page.Locator(".wh-label")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator(".wh-label").First).ToHaveAttributeAsync("data-code", new System.Text.RegularExpressions.Regex("^WL-CR-A"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "label-sheet.png"), FullPage = true });
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "label-sheet-print.png"), FullPage = true });
    }

    /// The queue page shows the state when it was loaded; the worker prints in the background.
    private static async Task WaitUntilPrintedAsync(IPage page)
    {
        var job = page.Locator("[data-testid=print-jobs] tbody tr").First;
        for (var i = 0; i < 200 && await job.GetAttributeAsync("data-state") != "Printed"; i++)
        {
            await page.WaitForTimeoutAsync(100);
            await page.ReloadAsync();
        }
        await Assertions.Expect(job).ToHaveAttributeAsync("data-state", "Printed");
    }
}
