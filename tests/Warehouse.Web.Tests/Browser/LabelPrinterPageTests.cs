using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LabelPrinterPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task An_administrator_adds_a_label_printer_and_a_keeper_prints_an_item_label_from_the_item_page()
    {
        var admin = await fixture.SignedInPageAsync("admin");
        await admin.GotoAsync("/Printers");
        await admin.FillAsync("#Name", "中心库标签机");
        await admin.FillAsync("#Address", "virtual");
        await admin.SelectOptionAsync("#Kind", "Label");
        await admin.FillAsync("#LabelWidthMm", "50");
        await admin.FillAsync("#LabelHeightMm", "30");
        await admin.SelectOptionAsync("#LabelDpi", "300");
        await admin.ClickAsync("form[action='/Printers/Create'] button[type=submit]");
        var row = admin.Locator("[data-testid=printers-table] tr", new() { HasText = "中心库标签机" });
        await Assertions.Expect(row.Locator("[data-testid=label-stock]")).ToHaveTextAsync("标签 50 × 30 mm，300 dpi");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "printers-label.png"), FullPage = true });
        var english = await fixture.SignedInPageAsync("admin", "en");
        await english.GotoAsync("/Printers");
        await Assertions.Expect(english.Locator("label[for=Kind]")).ToHaveTextAsync("Printer kind");
        await english.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "printers-label-en.png"), FullPage = true });

        var keeper = await fixture.SignedInPageAsync("keeper");
        await keeper.GotoAsync("/Items/Details/1");
        await keeper.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "item-print-label.png"), FullPage = true });
        await keeper.ClickAsync("[data-testid=print-label-item]");
        var job = keeper.Locator("[data-testid=print-jobs] tbody tr").First;
        await Assertions.Expect(job).ToContainTextAsync("中心库标签机");
        await job.Locator("[data-testid=preview]").ClickAsync();

        var label = keeper.Locator("[data-testid=receipt-preview]");
        await Assertions.Expect(label).ToContainTextAsync("[LABEL 600×360]");
        await Assertions.Expect(label.Locator("svg")).ToHaveCountAsync(1);
        await keeper.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "label-preview.png"), FullPage = true });
    }
}
