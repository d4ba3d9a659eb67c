using Microsoft.Playwright;
using Warehouse.Web.Tests.Kits;

namespace Warehouse.Web.Tests.Browser;

/// The driver signs with the mouse on the picking page, the receiver on the delivery page with the browser's position;
/// both signatures show on the request's page, in Chinese and in English, and the pad fits a 360 px phone.
[Collection(BrowserCollection.Name)]
public sealed class SignatureBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task Driver_and_receiver_sign_with_the_mouse_and_both_signatures_show_on_the_requests_timeline()
    {
        var scenario = new KitScenario(fixture.App);
        var dispatchId = await scenario.ApprovedDispatchAsync(("FH-0003", 1));
        var keeper = await fixture.SignedInPageAsync("keeper");
        await keeper.GotoAsync($"/Dispatches/Pick/{dispatchId}");
        await keeper.Locator("#scan-box").PressSequentiallyAsync("WI-FH-0003\n", new() { Delay = 5 });
        await Assertions.Expect(keeper.Locator("[data-testid=pick-lines] tbody tr").First).ToHaveClassAsync("table-success");
        await keeper.FillAsync("#Vehicle", "浙A·77777");
        await keeper.FillAsync("#Driver", "钱师傅");
        await keeper.FillAsync("#DriverPhone", "13700002222");
        await keeper.ClickAsync("[data-testid=send]");
        await Assertions.Expect(keeper.Locator("body")).ToContainTextAsync("签名为空");
        await keeper.FillAsync("#Vehicle", "浙A·77777");
        await keeper.FillAsync("#Driver", "钱师傅");
        await keeper.FillAsync("#DriverPhone", "13700002222");
        await SignaturePad.DrawAsync(keeper, "driver");
        await keeper.ScreenshotAsync(Shot("dispatch-signature-pad.png"));
        await keeper.ClickAsync("[data-testid=send]");
        await Assertions.Expect(keeper.Locator("[data-testid=driver-signed]")).ToContainTextAsync("司机已签字：钱师傅");
        var shortCode = (await keeper.Locator("[data-testid=short-code]").TextContentAsync())!.Trim();

        var manager = await fixture.SignedInPageAsync("manager");
        await manager.Context.GrantPermissionsAsync(["geolocation"]);
        await manager.Context.SetGeolocationAsync(new Geolocation { Latitude = 30.2741f, Longitude = 120.1551f, Accuracy = 12 });
        await manager.GotoAsync($"/Deliver?code={shortCode}");
        await Assertions.Expect(manager.Locator("[data-position-status]")).ToContainTextAsync("已记录位置");
        await manager.FillAsync("#Signer", "孙主任");
        await SignaturePad.DrawAsync(manager, "receiver");
        await manager.ClickAsync("[data-testid=confirm-delivery]");

        await Assertions.Expect(manager.Locator("[data-testid=request-state]")).ToHaveTextAsync("已签收");
        await Assertions.Expect(manager.Locator("[data-testid=signature-driver]")).ToContainTextAsync("钱师傅");
        await Assertions.Expect(manager.Locator("[data-testid=signature-receiver]")).ToContainTextAsync("孙主任");
        await Assertions.Expect(manager.Locator("[data-testid=signature-position]")).ToContainTextAsync("30.27410, 120.15510");
        Assert.True(await manager.Locator("[data-testid=signature-receiver] img").EvaluateAsync<bool>("i => i.naturalWidth > 100"));
        await manager.ScreenshotAsync(Shot("timeline-signatures.png"));
        var english = await fixture.SignedInPageAsync("manager", "en");
        await english.GotoAsync(manager.Url);
        await Assertions.Expect(english.Locator("[data-testid=signature-driver]")).ToContainTextAsync("Signed by the driver");
        await english.ScreenshotAsync(Shot("timeline-signatures-en.png"));
    }

    [BrowserFact]
    public async Task The_pad_fits_a_360_px_phone_and_its_clear_button_empties_it()
    {
        var dispatchId = await new KitScenario(fixture.App).ApprovedDispatchAsync(("FH-0003", 1));
        var keeper = await fixture.SignedInPageAsync("keeper", "en");
        await keeper.SetViewportSizeAsync(360, 780);
        await keeper.GotoAsync($"/Dispatches/Pick/{dispatchId}");

        await SignaturePad.DrawAsync(keeper, "driver");
        var width = (await keeper.Locator("[data-testid=signature-canvas]").BoundingBoxAsync())!.Width;
        await keeper.ScreenshotAsync(Shot("dispatch-signature-pad-en-360.png"));
        await keeper.ClickAsync("[data-signature-clear]");

        Assert.InRange(width, 200, 360);
        Assert.True(await keeper.Locator("[data-testid=signature-canvas]").EvaluateAsync<bool>(
            "c => !c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some(v => v !== 0)"));
    }

    private static PageScreenshotOptions Shot(string file) =>
        new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, file), FullPage = true };
}
