using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Printing;
using Warehouse.Hardware.EscPos;
using Warehouse.Tests.Shared;
using ZXing;

namespace Warehouse.Web.Tests.Printing;

/// The barcodes the web pages draw (receipt previews, the dispatch slip) read back with ZXing.Net in-process.
public sealed partial class RenderedCodeReadBackTests
{
    [Fact]
    public async Task A_receipt_previews_Code_128_reads_back_as_the_documents_number()
    {
        await using var app = new PrintingFactory(Printer.Virtual, worker: false);
        var response = await app.StationClient().PostAsJsonAsync("/api/receipts", new
        {
            reason = "Donation",
            clientId = "read-back-1",
            lines = new object[] { new { code = "WI-FH-0001", quantity = 1 } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using var db = app.NewDbContext();
        var job = await db.PrintJobs.AsNoTracking().SingleAsync();

        var admin = await app.SignedInClientAsync("admin");
        var svg = SvgPattern().Match(await admin.GetStringAsync($"/PrintJobs/Preview/{job.Id}")).Value;

        Assert.Equal((BarcodeFormat.CODE_128, job.Title), (SvgRaster.Decode(svg)?.Format, SvgRaster.Decode(svg)?.Text));
    }

    [Fact]
    public async Task The_dispatch_slips_QR_code_on_the_page_reads_back_as_the_code_the_printer_got()
    {
        await using var app = new PrintingFactory(Printer.Virtual, worker: false);
        var keeper = await app.SignedInClientAsync("keeper");
        await using var db = app.NewDbContext();
        var dispatch = await db.Dispatches.Where(d => d.Request!.Incident == "西山山体滑坡").Select(d => d.Id).SingleAsync();

        var slip = await keeper.PostFormAsync($"/Dispatches/Pick/{dispatch}", $"/Dispatches/Send/{dispatch}",
            new()
            {
                ["Vehicle"] = "浙A·12345", ["Driver"] = "王师傅", ["DriverPhone"] = "13900000000",
                ["Signature"] = Warehouse.Web.Tests.Allocation.SignatureSamples.DataUrl,
            });
        var page = await slip.Content.ReadAsStringAsync();

        var job = await db.PrintJobs.AsNoTracking().SingleAsync(j => j.Kind == PrintJobKind.DispatchSlip);
        var qr = EscPosDecoder.Decode(job.Content!, PaperWidth.Mm80).Lines.Single(l => l.StartsWith("[QR "))[4..^1];
        var svg = SvgPattern().Match(page[page.IndexOf("delivery-qr", StringComparison.Ordinal)..]).Value;
        Assert.Equal((BarcodeFormat.QR_CODE, qr), (SvgRaster.Decode(svg)?.Format, SvgRaster.Decode(svg)?.Text));
    }

    [GeneratedRegex("<svg.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgPattern();
}
