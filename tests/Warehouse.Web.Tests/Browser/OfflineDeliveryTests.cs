using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Warehouse.Domain.Allocation;

namespace Warehouse.Web.Tests.Browser;

/// A receiver at a disaster site with no network scans the slip's code and signs on the pad: the confirmation waits on the
/// device with the time it was made, the signature and the position, and is posted once when the network returns, the
/// dispatch delivered at the device's time and signed as if confirmed online.
[Collection(BrowserCollection.Name)]
public sealed class OfflineDeliveryTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task A_delivery_confirmed_offline_is_signed_queued_and_posted_once_online_delivered_at_the_devices_time()
    {
        int dispatchId;
        await using (var db = fixture.App.NewDbContext())
            dispatchId = await db.Dispatches.Where(d => d.Request!.Incident == "西山山体滑坡").Select(d => d.Id).SingleAsync();
        var keeper = await fixture.SignedInPageAsync("keeper");
        await keeper.GotoAsync($"/Dispatches/Pick/{dispatchId}");
        await keeper.FillAsync("#Vehicle", "浙A·66666");
        await keeper.FillAsync("#Driver", "周师傅");
        await keeper.FillAsync("#DriverPhone", "13600000000");
        await SignaturePad.DrawAsync(keeper, "driver");
        await keeper.ClickAsync("[data-testid=send]");
        var shortCode = (await keeper.Locator("[data-testid=short-code]").TextContentAsync())!.Trim();

        var receiver = await fixture.SignedInPageAsync("manager");
        await receiver.Context.GrantPermissionsAsync(["geolocation"]);
        await receiver.Context.SetGeolocationAsync(new Geolocation { Latitude = 30.2741f, Longitude = 120.1551f, Accuracy = 12 });
        await receiver.GotoAsync("/Deliver");
        await receiver.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");
        await receiver.EvaluateAsync("() => window.Offline.ready");
        await receiver.Context.SetOfflineAsync(true);
        await receiver.Locator("#code").PressSequentiallyAsync(shortCode + "\n", new() { Delay = 5 });

        await Assertions.Expect(receiver.Locator("#code-feedback")).ToContainTextAsync("请收货人在下方签名");
        await receiver.ClickAsync("[data-testid=confirm-offline]");
        Assert.Equal(0, await receiver.EvaluateAsync<int>("() => window.Offline.queuedCount()"));
        await receiver.FillAsync("#OfflineSigner", "孙主任");
        await receiver.ClickAsync("[data-testid=confirm-offline]");
        await Assertions.Expect(receiver.Locator("[data-offline-problem]")).ToContainTextAsync("签名为空");
        await SignaturePad.DrawAsync(receiver, "receiver");
        await receiver.ScreenshotAsync(new()
        {
            Path = Path.Combine(BrowserFixture.ScreenshotFolder, "offline-delivery-sign.png"), FullPage = true,
        });
        await receiver.ClickAsync("[data-testid=confirm-offline]");
        await Assertions.Expect(receiver.Locator("[data-testid=offline-delivery-status]")).ToContainTextAsync("已在本机确认");
        await Assertions.Expect(receiver.Locator("[data-testid=queue-count]")).ToHaveTextAsync("1 笔待发送");
        var queued = await receiver.EvaluateAsync<JsonElement>("async () => (await OfflineStore.queued('manager'))[0].body");
        var confirmedAt = DateTimeOffset.Parse(queued.GetProperty("confirmedAt").GetString()!).UtcDateTime;
        Assert.StartsWith("data:image/png;base64,", queued.GetProperty("signature").GetString());
        Assert.Equal(30.2741, queued.GetProperty("latitude").GetDouble(), 4);
        await receiver.ScreenshotAsync(new()
        {
            Path = Path.Combine(BrowserFixture.ScreenshotFolder, "offline-delivery.png"), FullPage = true,
        });
        await using (var db = fixture.App.NewDbContext())
            Assert.Equal(DispatchState.Dispatched, await db.Dispatches.Where(d => d.Id == dispatchId).Select(d => d.State).SingleAsync());

        await receiver.Context.SetOfflineAsync(false);

        await Assertions.Expect(receiver.Locator("#offline-banner")).ToBeHiddenAsync(new() { Timeout = 20_000 });
        await using var check = fixture.App.NewDbContext();
        var dispatch = await check.Dispatches.AsNoTracking().Include(d => d.Lines).SingleAsync(d => d.Id == dispatchId);
        Assert.Equal((DispatchState.Delivered, "manager"), (dispatch.State, dispatch.DeliveredBy));
        Assert.True(Math.Abs((dispatch.DeliveredAt!.Value - confirmedAt).TotalMilliseconds) < 1,
            $"{dispatch.DeliveredAt:O} ≠ {confirmedAt:O}");
        // Received in full: nothing short, nothing damaged.
        Assert.All(dispatch.Lines, l => Assert.Equal((0, 0), (l.Short, l.Damaged)));
        Assert.Contains(dispatch.Lines, l => l.Received > 0);
        var signature = await check.HandOverSignatures.AsNoTracking()
            .SingleAsync(s => s.DispatchId == dispatchId && s.Role == HandOverRole.Receiver);
        Assert.Equal(("孙主任", 30.2741), (signature.Signer, Math.Round(signature.Latitude!.Value, 4)));
        Assert.True(signature.Png.Length > 200, "the drawn signature, not an empty image");
        Assert.True(Math.Abs((signature.SignedAt - confirmedAt).TotalMilliseconds) < 1, $"{signature.SignedAt:O} ≠ {confirmedAt:O}");

        var replay = await receiver.EvaluateAsync<int>("""
            async (body) => (await fetch('/api/deliveries', { method: 'POST', body, headers: {
                'Content-Type': 'application/json',
                'RequestVerificationToken': document.querySelector('input[name=__RequestVerificationToken]').value } })).status
            """, queued.GetRawText());
        Assert.Equal(200, replay);
        Assert.Equal(1, await check.AuditEntries.CountAsync(a => a.Action == "allocation.deliver" && a.Subject == dispatch.Number));
    }
}
