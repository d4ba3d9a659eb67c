using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Printing;
using Warehouse.Hardware.EscPos;
using Warehouse.Web.Tests.Kits;

namespace Warehouse.Web.Tests.Allocation;

/// The driver signs when the goods leave, the receiver when they arrive: kept with the dispatch, shown on the request,
/// printed as signed; bad signatures are refused with a clear message and change nothing.
public sealed class HandOverSignatureTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private readonly KitScenario _scenario = new(factory);

    [Fact]
    public async Task The_driver_signs_on_the_dispatch_page_and_the_signature_is_kept_shown_on_the_request_and_printed_as_signed()
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        var dispatchId = await PickedDispatchAsync(keeper);

        var slip = await (await SendAsync(keeper, dispatchId, SignatureSamples.DataUrl)).Content.ReadAsStringAsync();

        Assert.Contains("司机已签字：王师傅", slip);
        await using var db = factory.NewDbContext();
        var signature = await db.HandOverSignatures.AsNoTracking().SingleAsync(s => s.DispatchId == dispatchId);
        Assert.Equal((HandOverRole.Driver, "王师傅"), (signature.Role, signature.Signer));
        Assert.Equal(Convert.FromBase64String(SignatureSamples.Png1x1), signature.Png);
        var number = await db.Dispatches.Where(d => d.Id == dispatchId).Select(d => d.Number).SingleAsync();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == AuditActions.DriverSigned && a.Subject == number));
        var requestId = await db.Dispatches.Where(d => d.Id == dispatchId).Select(d => d.RequestId).SingleAsync();
        var details = await keeper.GetStringAsync($"/Requests/Details/{requestId}");
        Assert.Contains("data-testid=\"signature-driver\"", details);
        Assert.Contains(SignatureSamples.DataUrl, details);
        var job = await db.PrintJobs.AsNoTracking().SingleAsync(j => j.Kind == PrintJobKind.DispatchSlip && j.Title == number);
        // The print worker may have printed the slip already and let go of its bytes: its preview renders it either way.
        Assert.Contains("司机已签字：王师傅 ", await keeper.GetStringAsync($"/PrintJobs/Preview/{job.Id}"));
        var reprint = await keeper.PostFormAsync("/PrintJobs", $"/PrintJobs/Reprint/{job.Id}", []);
        Assert.Equal(HttpStatusCode.Redirect, reprint.StatusCode);
        var copy = await db.PrintJobs.AsNoTracking().Where(j => j.Title == number).OrderBy(j => j.Id).LastAsync();
        Assert.Contains("司机已签字：王师傅", await keeper.GetStringAsync($"/PrintJobs/Preview/{copy.Id}"));
    }

    [Theory]
    [InlineData("", "签名为空")]
    [InlineData("data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==", "不是在签名板上绘制的 PNG 图片")]
    [InlineData("data:image/png;base64,R0lGODlhAQABAAAAACw=", "不是在签名板上绘制的 PNG 图片")]
    [InlineData("data:image/png;base64,%%%", "不是在签名板上绘制的 PNG 图片")]
    [InlineData("too large", "签名图片超过 200 KB")]
    public async Task A_dispatch_sent_with_a_bad_signature_is_refused_with_a_clear_message_and_nothing_changes(string signature,
        string message)
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        var dispatchId = await PickedDispatchAsync(keeper);
        if (signature == "too large")
            signature = "data:image/png;base64," + Convert.ToBase64String(TooLargePng());

        var refused = await SendAsync(keeper, dispatchId, signature);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains(message, await keeper.GetStringAsync(refused.Headers.Location!.OriginalString));
        await using var db = factory.NewDbContext();
        var dispatch = await db.Dispatches.AsNoTracking().SingleAsync(d => d.Id == dispatchId);
        Assert.Equal(DispatchState.Picking, dispatch.State);
        Assert.False(await db.HandOverSignatures.AnyAsync(s => s.DispatchId == dispatchId));
        Assert.False(await db.PrintJobs.AnyAsync(j => j.Title == dispatch.Number));
        Assert.False(await db.StockDocuments.AnyAsync(d => d.ClientId == $"dispatch-{dispatch.Number}"));
    }

    [Fact]
    public async Task The_receiver_signs_with_the_position_on_delivery_and_the_delivery_prints_as_a_receipt_with_both_signatures()
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        var manager = await factory.SignedInClientAsync("manager");
        var dispatchId = await PickedDispatchAsync(keeper);
        var code = ShortCode(await (await SendAsync(keeper, dispatchId, SignatureSamples.DataUrl)).Content.ReadAsStringAsync());

        var confirmed = await ConfirmAsync(manager, code,
            new() { ["Latitude"] = "30.274100", ["Longitude"] = "120.155100", ["Accuracy"] = "12" });

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var details = await manager.GetStringAsync(confirmed.Headers.Location!.OriginalString);
        Assert.Contains("data-testid=\"signature-receiver\"", details);
        Assert.Contains("30.27410, 120.15510", details);
        await using var db = factory.NewDbContext();
        var receiver = await db.HandOverSignatures.AsNoTracking()
            .SingleAsync(s => s.DispatchId == dispatchId && s.Role == HandOverRole.Receiver);
        Assert.Equal(("张主任", 30.2741, 120.1551, (double?)12),
            (receiver.Signer, receiver.Latitude!.Value, receiver.Longitude!.Value, receiver.Accuracy));
        var printed = await manager.PostFormAsync(confirmed.Headers.Location!.OriginalString, "/Deliver/Receipt",
            new() { ["dispatchId"] = dispatchId.ToString() });
        Assert.Contains("签收回执已加入小票打印队列", await manager.GetStringAsync(printed.Headers.Location!.OriginalString));
        var number = await db.Dispatches.Where(d => d.Id == dispatchId).Select(d => d.Number).SingleAsync();
        var lines = Decode((await db.PrintJobs.AsNoTracking()
            .SingleAsync(j => j.Kind == PrintJobKind.DeliveryReceipt && j.Title == number)).Content!);
        Assert.Contains(lines, l => l.Contains("签收回执"));
        Assert.Contains(lines, l => l.StartsWith("司机已签字：王师傅 "));
        Assert.Contains(lines, l => l.StartsWith("收货人已签字：张主任 "));
    }

    [Theory]
    [InlineData("91", "120", "")]
    [InlineData("30", "-181", "")]
    [InlineData("north", "120", "")]
    [InlineData("30", "", "")]
    [InlineData("30", "120", "-5")]
    public async Task A_delivery_with_malformed_coordinates_is_refused_and_the_dispatch_stays_on_the_road(string latitude, string longitude,
        string accuracy)
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        var manager = await factory.SignedInClientAsync("manager");
        var dispatchId = await PickedDispatchAsync(keeper);
        var code = ShortCode(await (await SendAsync(keeper, dispatchId, SignatureSamples.DataUrl)).Content.ReadAsStringAsync());

        var refused = await ConfirmAsync(manager, code,
            new() { ["Latitude"] = latitude, ["Longitude"] = longitude, ["Accuracy"] = accuracy });

        Assert.Contains("位置无效", await manager.GetStringAsync(refused.Headers.Location!.OriginalString));
        await using var db = factory.NewDbContext();
        Assert.Equal(DispatchState.Dispatched, await db.Dispatches.Where(d => d.Id == dispatchId).Select(d => d.State).SingleAsync());
        Assert.False(await db.HandOverSignatures.AnyAsync(s => s.DispatchId == dispatchId && s.Role == HandOverRole.Receiver));
    }

    [Fact]
    public async Task A_signature_is_given_once_per_hand_over_and_never_before_the_dispatch_has_left()
    {
        var keeper = await factory.SignedInClientAsync("keeper");
        var picking = await PickedDispatchAsync(keeper);
        var sent = await PickedDispatchAsync(keeper);
        await SendAsync(keeper, sent, SignatureSamples.DataUrl);
        using var scope = factory.Services.CreateScope();
        var step = scope.ServiceProvider.GetRequiredService<HandOverSigningStep>();
        var signing = new HandOverSigning("赵师傅", SignatureSamples.DataUrl);

        var admin = new WorkflowActor("admin", new HashSet<string> { Roles.Administrator }, [], null);

        var notTheirs = await step.SignAsync(sent, HandOverRole.Driver, signing, KitScenario.Manager);
        var twice = await step.SignAsync(sent, HandOverRole.Driver, signing, admin);
        var early = await step.SignAsync(picking, HandOverRole.Receiver, signing, KitScenario.Manager);
        var later = await step.SignAsync(sent, HandOverRole.Receiver, signing, KitScenario.Manager);

        Assert.Equal(("Forbidden", "AlreadySigned", "SignatureBeforeDispatch"),
            (notTheirs.Error?.Code, twice.Error?.Code, early.Error?.Code));
        Assert.True(later.Succeeded, later.Error?.Message);
        await using var db = factory.NewDbContext();
        Assert.Equal(["王师傅", "赵师傅"], await db.HandOverSignatures.Where(s => s.DispatchId == sent).OrderBy(s => s.Role)
            .Select(s => s.Signer).ToListAsync());
        Assert.False(await db.HandOverSignatures.AnyAsync(s => s.DispatchId == picking));
    }

    private async Task<int> PickedDispatchAsync(HttpClient keeper)
    {
        var clientId = "sign-" + Guid.NewGuid().ToString("N")[..12];
        var dispatchId = await _scenario.ApprovedDispatchAsync(("FH-0003", 1));
        Assert.Equal(HttpStatusCode.OK, (await KitScenario.PickAsync(keeper, dispatchId, "WI-FH-0003", clientId)).StatusCode);
        return dispatchId;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient keeper, int dispatchId, string signature) =>
        keeper.PostFormAsync($"/Dispatches/Pick/{dispatchId}", $"/Dispatches/Send/{dispatchId}", new()
        {
            ["Vehicle"] = "浙A·12345", ["Driver"] = "王师傅", ["DriverPhone"] = "13900000000", ["Signature"] = signature,
        });

    private static Task<HttpResponseMessage> ConfirmAsync(HttpClient receiver, string code, Dictionary<string, string> position)
    {
        var form = SignatureSamples.Receiver(new() { ["Code"] = code });
        foreach (var (key, value) in position)
            form[key] = value;
        return receiver.PostFormAsync($"/Deliver?code={code}", "/Deliver/Confirm", form);
    }

    private static string ShortCode(string slip) =>
        System.Text.RegularExpressions.Regex.Match(slip, "data-testid=\"short-code\">([^<]+)<").Groups[1].Value;

    private static IReadOnlyList<string> Decode(byte[] content) => EscPosDecoder.Decode(content, PaperWidth.Mm80).Lines;

    /// A PNG header followed by more than the 200 KB a signature may take.
    private static byte[] TooLargePng()
    {
        var bytes = new byte[210 * 1024];
        Convert.FromBase64String(SignatureSamples.Png1x1).CopyTo(bytes, 0);
        return bytes;
    }
}
