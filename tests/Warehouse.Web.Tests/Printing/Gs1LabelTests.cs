using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Printing;
using Warehouse.Hardware.Zpl;
using Warehouse.Tests.Shared;
using ZXing;

namespace Warehouse.Web.Tests.Printing;

/// Batch and unit labels of items with a GTIN carry GS1: each symbol the app renders is decoded by ZXing.Net in-process
/// and the text goes through the scan look-up, which must name the same batch or unit.
public sealed partial class Gs1LabelTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task A_batch_labels_GS1_Data_Matrix_and_GS1_128_on_the_A4_sheet_scan_back_to_the_batch_with_its_lot_and_expiry()
    {
        await using var db = factory.NewDbContext();
        var batch = await db.Batches.AsNoTracking().Include(b => b.Item).Where(b => b.Item!.Code == "FH-0004")
            .OrderBy(b => b.Id).FirstAsync();
        var keeper = await factory.SignedInClientAsync("keeper");

        var (code, svgs) = Single(await keeper.GetStringAsync($"/Labels/Sheet?kind=Batch&ids={batch.Id}"));

        Assert.Equal($"(01){batch.Item!.Gtin}(17){batch.Expiry:yyMMdd}(10){batch.Lot}", code);
        Assert.Equal([BarcodeFormat.DATA_MATRIX, BarcodeFormat.CODE_128], svgs.Select(s => SvgRaster.Decode(s)!.Format));
        foreach (var svg in svgs)
        {
            var found = await LookUpAsync(keeper, SvgRaster.Decode(svg)!);
            Assert.Equal(("batch", batch.Id),
                (found.GetProperty("kind").GetString(), found.GetProperty("batch").GetProperty("id").GetInt32()));
            var scanned = found.GetProperty("scanned");
            Assert.Equal((batch.Lot, batch.Expiry.ToString("yyyy-MM-dd")),
                (scanned.GetProperty("lot").GetString(), scanned.GetProperty("expiry").GetString()));
        }
    }

    [Fact]
    public async Task A_serial_units_label_carries_GTIN_and_serial_and_scans_back_to_the_unit()
    {
        await using var db = factory.NewDbContext();
        var unit = await db.EquipmentUnits.AsNoTracking().Include(u => u.Item).Where(u => u.Item!.Code == "TX-1002")
            .OrderBy(u => u.Id).FirstAsync();
        var keeper = await factory.SignedInClientAsync("keeper");

        var (code, svgs) = Single(await keeper.GetStringAsync($"/Labels/Sheet?kind=Unit&ids={unit.Id}"));

        Assert.Equal($"(01){unit.Item!.Gtin}(21){unit.SerialNumber}", code);
        var matrix = SvgRaster.Decode(svgs[0])!;
        Assert.Equal((BarcodeFormat.DATA_MATRIX, "]d2"), (matrix.Format, matrix.Symbology));
        foreach (var svg in svgs)
        {
            var found = await LookUpAsync(keeper, SvgRaster.Decode(svg)!);
            Assert.Equal(("equipmentUnit", unit.Id, unit.SerialNumber), (found.GetProperty("kind").GetString(),
                found.GetProperty("unit").GetProperty("id").GetInt32(), found.GetProperty("scanned").GetProperty("serial").GetString()));
        }
    }

    [Fact]
    public async Task Labels_of_items_without_a_GTIN_keep_our_own_code()
    {
        await using var db = factory.NewDbContext();
        var batch = await db.Batches.AsNoTracking().Where(b => b.Item!.Gtin == null).OrderBy(b => b.Id).FirstAsync();
        var keeper = await factory.SignedInClientAsync("keeper");

        var (code, svgs) = Single(await keeper.GetStringAsync($"/Labels/Sheet?kind=Batch&ids={batch.Id}"));

        Assert.Equal("WB-" + batch.Number, code);
        Assert.Equal(code, SvgRaster.Decode(Assert.Single(svgs))?.Text);
    }

    [Fact]
    public async Task A_GS1_batch_label_is_GS1_Data_Matrix_on_a_ZPL_printer_and_carries_the_same_GS1_data_on_a_receipt_strip()
    {
        await using var app = new PrintingFactory("virtual", worker: false);
        await using var db = app.NewDbContext();
        var batch = await db.Batches.AsNoTracking().Include(b => b.Item).Where(b => b.Item!.Code == "FH-0004")
            .OrderBy(b => b.Id).FirstAsync();
        var central = await db.Depots.Where(d => d.Code == "CR").Select(d => d.Id).SingleAsync();
        var keeper = await app.SignedInClientAsync("keeper");
        var human = $"(01){batch.Item!.Gtin}(17){batch.Expiry:yyMMdd}(10){batch.Lot}";

        await keeper.PostFormAsync("/Labels", "/Labels/Print", new() { ["kind"] = "Batch", ["ids"] = batch.Id.ToString() });
        var label = await LabelPrinters.AddAsync(app, "中心库标签机", central);
        await keeper.PostFormAsync("/Labels", "/Labels/Print", new() { ["kind"] = "Batch", ["ids"] = batch.Id.ToString() });

        var jobs = await db.PrintJobs.AsNoTracking().Where(j => j.Kind == PrintJobKind.Label).OrderBy(j => j.Id).ToListAsync();
        Assert.Equal(2, jobs.Count);
        Assert.Equal(label, jobs[1].PrinterId);
        Assert.NotEqual(label, jobs[0].PrinterId);
        // On a receipt printer the GS1 data goes into GS k with FNC1; where that does not fit the paper at module width 2 (80 mm
        // here), into a QR code of the same text, which the scan parser reads as GS1 too.
        var strip = Warehouse.Hardware.EscPos.EscPosDecoder.Decode(jobs[0].Content!, Warehouse.Hardware.EscPos.PaperWidth.Mm80).Lines;
        Assert.Contains(strip, line => line == $"[CODE128 {human}]" || line == $"[QR {human}]");
        var zpl = ZplDecoder.Decode(jobs[1].Content!).Lines;
        Assert.Contains($"[GS1-DATAMATRIX {human}]", zpl);
        Assert.Contains($"(10){batch.Lot}", zpl);
    }

    private static async Task<JsonElement> LookUpAsync(HttpClient client, DecodedSymbol symbol)
    {
        // What a scanner that sends AIM identifiers types: "]d2" or "]C1" before the data.
        var scanned = symbol.Text.StartsWith(']') ? symbol.Text : (symbol.Symbology ?? "") + symbol.Text;
        return await client.GetFromJsonAsync<JsonElement>("/api/codes/" + Uri.EscapeDataString(scanned));
    }

    private static (string Code, List<string> Svgs) Single(string html)
    {
        var label = Assert.Single(LabelPattern().Matches(html));
        return (System.Net.WebUtility.HtmlDecode(label.Groups[1].Value),
            SvgPattern().Matches(label.Groups[2].Value).Select(m => m.Value).ToList());
    }

    [GeneratedRegex("""<div class="wh-label" data-code="([^"]+)">(.*?)</div>\s*</div>""", RegexOptions.Singleline)]
    private static partial Regex LabelPattern();

    [GeneratedRegex("<svg.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgPattern();
}
