using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Allocation;
using Warehouse.Web.Tests.Allocation;
using Warehouse.Web.Tests.Kits;

namespace Warehouse.Web.Tests.Offline;

/// A delivery a handheld confirmed offline carries the receiver's signature and position; sent on sync it is signed as one
/// confirmed online, and a malformed or oversized signature is refused like any refused posting, kept for the keepers.
public sealed class OfflineSignedDeliveryTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private readonly KitScenario _scenario = new(factory);

    [Fact]
    public async Task A_delivery_queued_offline_with_a_signature_and_position_is_signed_like_one_confirmed_online()
    {
        var (dispatchId, code) = await DispatchedAsync();
        var manager = await factory.SignedInClientAsync("manager");
        var confirmedAt = DateTimeOffset.UtcNow.AddMinutes(-3);

        var sent = await QueueAsync(manager, code, "offline-signed-1", confirmedAt, SignatureSamples.DataUrl);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        await using var db = factory.NewDbContext();
        var receiver = await db.HandOverSignatures.AsNoTracking()
            .SingleAsync(s => s.DispatchId == dispatchId && s.Role == HandOverRole.Receiver);
        Assert.Equal(("孙主任", 30.2741, 120.1551, (double?)12, "manager"),
            (receiver.Signer, receiver.Latitude!.Value, receiver.Longitude!.Value, receiver.Accuracy, receiver.RecordedBy));
        Assert.Equal(Convert.FromBase64String(SignatureSamples.Png1x1), receiver.Png);
        var dispatch = await db.Dispatches.AsNoTracking().SingleAsync(d => d.Id == dispatchId);
        Assert.Equal(DispatchState.Delivered, dispatch.State);
        Assert.True(Math.Abs((dispatch.DeliveredAt!.Value - receiver.SignedAt).TotalMilliseconds) < 1, "signed when delivered");
        var details = await manager.GetStringAsync($"/Requests/Details/{dispatch.RequestId}");
        Assert.Contains("data-testid=\"signature-receiver\"", details);
        Assert.Contains("30.27410, 120.15510", details);
        Assert.Equal(HttpStatusCode.OK, (await QueueAsync(manager, code, "offline-signed-1", confirmedAt, SignatureSamples.DataUrl))
            .StatusCode);
        Assert.Equal(1, await db.HandOverSignatures.CountAsync(s => s.DispatchId == dispatchId && s.Role == HandOverRole.Receiver));
    }

    [Theory]
    [InlineData("data:image/png;base64,%%%", "SignatureNotPng")]
    [InlineData("data:image/gif;base64,R0lGODlhAQABAAAAACw=", "SignatureNotPng")]
    [InlineData("too large", "SignatureTooLarge")]
    public async Task A_delivery_queued_with_a_bad_signature_is_refused_on_sync_kept_for_the_keepers_and_changes_nothing(
        string signature, string error)
    {
        var (dispatchId, code) = await DispatchedAsync();
        var manager = await factory.SignedInClientAsync("manager");
        if (signature == "too large")
            signature = "data:image/png;base64," + Convert.ToBase64String(new byte[210 * 1024]);
        var clientId = "offline-bad-" + Guid.NewGuid().ToString("N")[..8];

        var refused = await QueueAsync(manager, code, clientId, DateTimeOffset.UtcNow, signature);
        var again = await QueueAsync(manager, code, clientId, DateTimeOffset.UtcNow, signature);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (refused.StatusCode, again.StatusCode));
        Assert.Equal(error, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        await using var db = factory.NewDbContext();
        var dispatch = await db.Dispatches.AsNoTracking().SingleAsync(d => d.Id == dispatchId);
        Assert.Equal(DispatchState.Dispatched, dispatch.State);
        Assert.False(await db.HandOverSignatures.AnyAsync(s => s.DispatchId == dispatchId && s.Role == HandOverRole.Receiver));
        var kept = Assert.Single(await db.RefusedPostings.AsNoTracking().Where(r => r.ClientId == clientId).ToListAsync());
        Assert.Equal((error, dispatch.SourceDepotId), (kept.ErrorCode, kept.DepotId));
        Assert.DoesNotContain("base64", kept.Payload);
        var depot = await db.Depots.Where(d => d.Id == dispatch.SourceDepotId).Select(d => d.Code).SingleAsync();
        var keeper = await factory.SignedInClientAsync("keeper");
        Assert.Contains($"离线确认的发车单 {dispatch.Number} 签收",
            await keeper.GetStringAsync($"/RefusedPostings?depot={depot}"));
        var english = await factory.SignedInClientAsync("keeper", "en-US");
        Assert.Contains($"Delivery of dispatch {dispatch.Number} confirmed offline",
            await english.GetStringAsync($"/RefusedPostings?depot={depot}"));
    }

    [Fact]
    public async Task A_delivery_refused_online_or_to_a_caller_who_may_not_confirm_it_is_kept_nowhere()
    {
        var (dispatchId, code) = await DispatchedAsync();
        var manager = await factory.SignedInClientAsync("manager");

        var online = await QueueAsync(manager, code, "online-bad-1", DateTimeOffset.UtcNow, "data:image/png;base64,%%%",
            queuedOffline: false);

        Assert.Equal(HttpStatusCode.BadRequest, online.StatusCode);
        await using var db = factory.NewDbContext();
        Assert.False(await db.RefusedPostings.AnyAsync(r => r.ClientId == "online-bad-1"));
        Assert.Equal(DispatchState.Dispatched, await db.Dispatches.Where(d => d.Id == dispatchId).Select(d => d.State).SingleAsync());
    }

    private async Task<(int DispatchId, string Code)> DispatchedAsync()
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        var dispatchId = await _scenario.ApprovedDispatchAsync(("FH-0003", 1));
        var clientId = "sign-" + Guid.NewGuid().ToString("N")[..12];
        Assert.Equal(HttpStatusCode.OK, (await KitScenario.PickAsync(keeper, dispatchId, "WI-FH-0003", clientId)).StatusCode);
        var slip = await (await keeper.PostFormAsync($"/Dispatches/Pick/{dispatchId}", $"/Dispatches/Send/{dispatchId}",
            SignatureSamples.Driver(new() { ["Vehicle"] = "浙A·12345", ["Driver"] = "王师傅", ["DriverPhone"] = "13900000000" })))
            .Content.ReadAsStringAsync();
        return (dispatchId, System.Text.RegularExpressions.Regex.Match(slip, "data-testid=\"short-code\">([^<]+)<").Groups[1].Value);
    }

    private static async Task<HttpResponseMessage> QueueAsync(HttpClient receiver, string code, string clientId,
        DateTimeOffset confirmedAt, string signature, bool queuedOffline = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/deliveries")
        {
            Content = JsonContent.Create(new
            {
                code, confirmedAt, clientId, signer = "孙主任", signature, latitude = 30.2741, longitude = 120.1551, accuracy = 12,
            }),
        };
        request.Headers.Add("RequestVerificationToken", await receiver.AntiforgeryTokenAsync("/Deliver"));
        if (queuedOffline)
            request.Headers.Add("Offline-Queued-At", confirmedAt.ToString("O"));
        return await receiver.SendAsync(request);
    }
}
