using System.Net;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Printing;
using Warehouse.Hardware.EscPos;

namespace Warehouse.Web.Tests.Printing;

/// Per-printer profiles chosen in /Printers: the 80 mm / 512-dot head and printers that start in Chinese mode.
public sealed class PrinterProfileTests
{
    [Fact]
    public async Task A_printer_set_to_80_mm_512_dots_and_Chinese_at_power_on_gets_42_column_pages_without_FS_ampersand()
    {
        await using var app = new PrintingFactory(Printer.Virtual, worker: false);
        var admin = await app.SignedInClientAsync("admin");

        var created = await admin.PostFormAsync("/Printers", "/Printers/Create", new()
        {
            ["Name"] = "TM-T88V 收发台", ["DepotId"] = "1", ["Address"] = "virtual", ["Paper"] = "Mm80Dots512", ["Encoding"] = "Gb18030ChineseDefault",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using var db = app.NewDbContext();
        var printer = await db.Printers.AsNoTracking().SingleAsync(p => p.Name == "TM-T88V 收发台");
        Assert.Equal((PaperSize.Mm80Dots512, ReceiptEncoding.Gb18030ChineseDefault), (printer.Paper, printer.Encoding));
        Assert.Contains("80 mm（512 点，42 列）", WebUtility.HtmlDecode(await admin.GetStringAsync("/Printers")));

        await admin.PostFormAsync("/Printers", $"/Printers/Test/{printer.Id}", []);
        var job = await db.PrintJobs.AsNoTracking().SingleAsync(j => j.PrinterId == printer.Id);

        Assert.Equal(-1, job.Content!.AsSpan().IndexOf(new byte[] { 0x1C, 0x26 }));
        var lines = EscPosDecoder.Decode(job.Content, PaperWidth.Mm80Dots512, chineseDefault: true).Lines;
        Assert.Contains(new string('-', 42), lines);
        Assert.DoesNotContain(lines, l => l.Length > 42);
        Assert.Contains(lines, l => l.Contains("80 mm / 512 dots"));
        Assert.Contains(lines, l => l.Contains("应急物资储备"));
    }
}
