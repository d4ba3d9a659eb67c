using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Domain.Printing;
using Warehouse.Hardware.EscPos;
using Warehouse.Web.Features.Printing;

namespace Warehouse.Web.Tests.Printing;

/// The delivery code is shown once: on the keeper's slip page and on the printed original, nowhere else.
public sealed partial class DispatchSlipSecretTests
{
    [Fact]
    public async Task A_slip_preview_masks_the_delivery_code_and_a_printed_slip_keeps_no_code_so_its_reprint_says_so()
    {
        await using var app = new PrintingFactory(Printer.Virtual, worker: false);
        var keeper = await app.SignedInClientAsync("keeper");
        var (job, shortCode, qr) = await DispatchAsync(app, keeper);
        var queued = await JobAsync(app, job);
        Assert.Contains(EscPosDecoder.Decode(queued.Content!, PaperWidth.Mm80).Lines, l => l.Trim() == shortCode);

        var preview = await keeper.GetStringAsync($"/PrintJobs/Preview/{job}");
        Assert.DoesNotContain(shortCode, preview);
        Assert.DoesNotContain(qr, preview);
        Assert.Contains("签收码已隐藏", preview);

        await app.Services.GetRequiredService<PrintQueueProcessor>().RunOnceAsync(default);
        var printed = await JobAsync(app, job);
        Assert.Equal(PrintJobState.Printed, printed.State);
        Assert.Null(printed.Content);
        Assert.Contains("签收码只印在原单上", await keeper.GetStringAsync($"/PrintJobs/Preview/{job}"));

        var reprint = await keeper.PostFormAsync("/PrintJobs", $"/PrintJobs/Reprint/{job}", []);
        Assert.Equal(HttpStatusCode.Redirect, reprint.StatusCode);
        await using var db = app.NewDbContext();
        var copy = await db.PrintJobs.AsNoTracking().Where(j => j.Kind == PrintJobKind.DispatchSlip).OrderBy(j => j.Id).LastAsync();
        Assert.NotEqual(job, copy.Id);
        Assert.Null(copy.Content);
        var copyPreview = await keeper.GetStringAsync($"/PrintJobs/Preview/{copy.Id}");
        Assert.Contains("签收码只印在原单上", copyPreview);
        Assert.DoesNotContain(shortCode, copyPreview);
        var audit = await db.AuditEntries.AsNoTracking().Select(a => a.Subject + " " + a.Detail).ToListAsync();
        Assert.DoesNotContain(audit, a => a.Contains(shortCode) || a.Contains(shortCode.Replace("-", "")));
    }

    /// The keeper sends the demo's dispatch being picked at CR; its slip is the only job in the queue.
    internal static async Task<(long Job, string ShortCode, string Qr)> DispatchAsync(WarehouseFactory app, HttpClient keeper)
    {
        await using var db = app.NewDbContext();
        var dispatch = await db.Dispatches.Where(d => d.Request!.Incident == "西山山体滑坡").Select(d => d.Id).SingleAsync();
        var slip = await keeper.PostFormAsync($"/Dispatches/Pick/{dispatch}", $"/Dispatches/Send/{dispatch}",
            new()
            {
                ["Vehicle"] = "浙A·12345", ["Driver"] = "王师傅", ["DriverPhone"] = "13900000000",
                ["Signature"] = Warehouse.Web.Tests.Allocation.SignatureSamples.DataUrl,
            });
        var html = await slip.Content.ReadAsStringAsync();
        var shortCode = ShortCode().Match(html).Groups[1].Value;
        Assert.Matches("^[0-9A-Z]{5}-[0-9A-Z]{5}$", shortCode);
        var job = await db.PrintJobs.Where(j => j.Kind == PrintJobKind.DispatchSlip).Select(j => j.Id).SingleAsync();
        var content = (await db.PrintJobs.AsNoTracking().SingleAsync(j => j.Id == job)).Content!;
        var qr = EscPosDecoder.Decode(content, PaperWidth.Mm80).Lines.Single(l => l.StartsWith("[QR "))[4..^1];
        return (job, shortCode, qr);
    }

    private static async Task<PrintJob> JobAsync(WarehouseFactory app, long id)
    {
        await using var db = app.NewDbContext();
        return await db.PrintJobs.AsNoTracking().SingleAsync(j => j.Id == id);
    }

    [GeneratedRegex("data-testid=\"short-code\">([^<]+)<")]
    private static partial Regex ShortCode();
}
