using Microsoft.Playwright;
using Warehouse.Hardware.Barcodes;

namespace Warehouse.Web.Tests.Browser;

/// The scan box's photo button: the photo goes to the server, the code it holds is taken like a scan.
[Collection(BrowserCollection.Name)]
public sealed class ScanBoxPhotoTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task A_photo_of_an_item_label_adds_the_item_like_a_scan()
    {
        var page = await fixture.SignedInPageAsync("keeper");
        await page.GotoAsync("/Stock/Receive");

        await page.Locator(".scan-photo-input").SetInputFilesAsync(new FilePayload
        {
            Name = "label.png", MimeType = "image/png",
            Buffer = BarcodeRenderer.QrPng("WI-FH-0001", options: new BarcodeImageOptions { ModuleSize = 8 }),
        });

        await Assertions.Expect(page.Locator("#scan-feedback")).ToContainTextAsync("防汛安全头盔");
        await Assertions.Expect(page.Locator("#scan-lines tbody tr")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "scan-photo.png"), FullPage = true });
    }
}
