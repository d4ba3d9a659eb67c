using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

/// Done as a new user would: the slip's QR code photographed with a phone and uploaded from the delivery page.
[Collection(BrowserCollection.Name)]
public sealed class DeliveryPhotoTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task A_camera_like_photo_of_the_slips_QR_code_uploaded_on_the_delivery_page_confirms_the_delivery()
    {
        var (requestUrl, qrSvg) = await DispatchAsync();
        var photo = CameraPhoto.OfSvg(qrSvg);
        await File.WriteAllBytesAsync(Path.Combine(BrowserFixture.ScreenshotFolder, "slip-photo.jpg"), photo);

        var dept = await fixture.SignedInPageAsync("dept");
        await dept.GotoAsync("/Deliver");
        await dept.Locator(".scan-photo-input").SetInputFilesAsync(new FilePayload { Name = "IMG_0412.jpg", MimeType = "image/jpeg", Buffer = photo });
        await dept.FillAsync("#Signer", "周主任");
        await SignaturePad.DrawAsync(dept, "receiver");
        await dept.ClickAsync("[data-testid=confirm-delivery]");

        await Assertions.Expect(dept.Locator("[data-testid=request-state]")).ToHaveTextAsync("已签收");
        Assert.Equal(requestUrl, dept.Url);
        await dept.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "delivery-by-photo.png"), FullPage = true });
    }

    /// A request drafted, approved, picked and sent through the pages; answers its page and the slip's QR code as SVG.
    private async Task<(string RequestUrl, string QrSvg)> DispatchAsync()
    {
        var dept = await fixture.SignedInPageAsync("dept");
        await dept.GotoAsync("/Requests/Create");
        await dept.FillAsync("#Incident", "浏览器测试：拍照签收");
        await dept.SelectOptionAsync("#Level", "III");
        await dept.FillAsync("#DestinationName", "南岸街道");
        await dept.FillAsync("#ContactPhone", "13800002222");
        await dept.FillAsync("input[name='Lines[0].ItemCode']", "FH-0003");
        await dept.FillAsync("input[name='Lines[0].Quantity']", "1");
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
        await keeper.Locator("#scan-box").PressSequentiallyAsync("WI-FH-0003\n", new() { Delay = 5 });
        await Assertions.Expect(keeper.Locator("[data-testid=pick-lines] tbody tr").First).ToHaveClassAsync("table-success");
        await keeper.FillAsync("#Vehicle", "浙A·66666");
        await keeper.FillAsync("#Driver", "李师傅");
        await keeper.FillAsync("#DriverPhone", "13700001111");
        await SignaturePad.DrawAsync(keeper, "driver");
        await keeper.ClickAsync("[data-testid=send]");
        return (requestUrl, await keeper.Locator("[data-testid=delivery-qr]").InnerHTMLAsync());
    }
}
