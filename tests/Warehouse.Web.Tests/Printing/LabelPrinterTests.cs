using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Printing;
using Warehouse.Hardware.Simulation;

namespace Warehouse.Web.Tests.Printing;

/// ZPL label printers set up in /Printers, printing through the print queue to the ZPL simulator over real TCP.
public sealed class LabelPrinterTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _labels = Path.Combine(Path.GetTempPath(), "warehouse-labels", Guid.NewGuid().ToString("N"));
    private PrinterSimulator _simulator = null!;

    public async Task InitializeAsync()
    {
        _simulator = new PrinterSimulator(new PrinterSimulatorOptions { OutputDirectory = _labels, Language = PrinterLanguage.Zpl });
        await _simulator.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _simulator.DisposeAsync();
        if (Directory.Exists(_labels))
            Directory.Delete(_labels, recursive: true);
    }

    [Fact]
    public async Task An_item_label_asked_for_on_the_item_page_prints_as_ZPL_on_the_depots_label_printer_and_reads_back()
    {
        await using var app = new PrintingFactory("virtual");
        var depot = await CentralDepotAsync(app);
        var printerId = await AddLabelPrinterAsync(app, depot, "E:SIMSUN.TTF");
        var keeper = await app.SignedInClientAsync("keeper");
        var item = await ItemAsync(app, "FH-0001");

        var page = await keeper.GetStringAsync($"/Items/Details/{item.Id}");
        Assert.Contains("data-testid=\"print-label-item\"", page);
        var printed = await keeper.PostFormAsync($"/Items/Details/{item.Id}", "/Labels/Print",
            new() { ["kind"] = "Item", ["ids"] = item.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, printed.StatusCode);
        var job = await ReadJobAsync();
        Assert.True(job.Printed);
        var lines = (await File.ReadAllTextAsync(job.TextPath!)).Split('\n');
        Assert.Equal("[LABEL 480×320]", lines[0]);
        Assert.Contains(item.Name, lines);
        Assert.Contains("[CODE128 WI-FH-0001]", lines);
        var zpl = Encoding.UTF8.GetString(job.Data);
        Assert.Contains("^CI28", zpl);
        Assert.Contains($"^A@N,45,45,E:SIMSUN.TTF^FD{item.Name}^FS", zpl);
        await using var db = app.NewDbContext();
        await WaitUntilAsync(() => db.PrintJobs.AsNoTracking()
            .AnyAsync(j => j.PrinterId == printerId && j.Kind == PrintJobKind.Label && j.State == PrintJobState.Printed));
    }

    [Fact]
    public async Task Batch_unit_and_location_labels_carry_Data_Matrix_QR_and_Code_128_from_their_own_pages()
    {
        await using var app = new PrintingFactory("virtual");
        var central = await CentralDepotAsync(app);
        await AddLabelPrinterAsync(app, central, null);
        var keeper = await app.SignedInClientAsync("keeper");
        await using var db = app.NewDbContext();
        // Records of items without a GTIN, held in the depot of the label printer (GS1 labels: Gs1LabelTests).
        var batch = await db.Batches.AsNoTracking().OrderBy(b => b.Id).FirstAsync(b => b.Item!.Gtin == null
            && db.StockBalances.Any(s => s.BatchId == b.Id && s.DepotId == central && s.OnHand > 0));
        var unit = await db.EquipmentUnits.AsNoTracking().OrderBy(u => u.Id).FirstAsync(u => u.Item!.Gtin == null && u.DepotId == central);
        var location = await db.Locations.AsNoTracking().OrderBy(l => l.Id).FirstAsync(l => l.DepotId == central);
        Assert.Contains("data-testid=\"print-label-location\"", await keeper.GetStringAsync("/Locations"));
        var stock = await keeper.GetStringAsync("/Stock?view=detail&size=200");
        Assert.Contains("data-testid=\"print-label-batch\"", stock);

        var read = new List<string>();
        foreach (var (kind, id) in new[] { ("Batch", batch.Id), ("Unit", unit.Id), ("Location", location.Id) })
        {
            await keeper.PostFormAsync("/Locations", "/Labels/Print", new() { ["kind"] = kind, ["ids"] = id.ToString() });
            read.Add((await ReadJobAsync()).Text);
        }

        Assert.Contains($"[DATAMATRIX WB-{batch.Number}]", read[0]);
        Assert.Contains($"[QR WE-{unit.AssetNumber}]", read[1]);
        Assert.Contains($"[CODE128 WL-{location.Code}]", read[2]);
    }

    [Fact]
    public async Task A_kits_label_prints_as_ZPL_with_its_WK_code_in_Code_128_and_in_QR()
    {
        await using var app = new PrintingFactory("virtual");
        await AddLabelPrinterAsync(app, await CentralDepotAsync(app), null);
        var keeper = await app.SignedInClientAsync("keeper");
        var kitId = await new Kits.KitScenario(app).StartKitAsync(keeper, "FLOOD-DUTY-PACK");
        await using var db = app.NewDbContext();
        var code = "WK-" + await db.Kits.Where(k => k.Id == kitId).Select(k => k.Number).SingleAsync();

        await keeper.PostFormAsync("/Kits", "/Labels/Print", new() { ["kind"] = "Kit", ["ids"] = kitId.ToString() });

        var text = (await ReadJobAsync()).Text;
        Assert.Contains($"[CODE128 {code}]", text);
        Assert.Contains($"[QR {code}]", text);
    }

    [Fact]
    public async Task A_label_printer_shows_its_host_status_and_holds_labels_while_its_head_is_open()
    {
        await using var app = new PrintingFactory("virtual");
        var printerId = await AddLabelPrinterAsync(app, await CentralDepotAsync(app), null);
        var admin = await app.SignedInClientAsync("admin");
        _simulator.Mode = SimulatedPrinterMode.CoverOpen;

        Assert.Equal("coverOpen", await StatusAsync(admin, printerId));
        await admin.PostFormAsync("/Printers", $"/Printers/Test/{printerId}", []);
        await using var db = app.NewDbContext();
        await WaitUntilAsync(() => db.PrintJobs.AsNoTracking()
            .AnyAsync(j => j.PrinterId == printerId && j.LastError != null && j.LastError.StartsWith("CoverOpen")));
        _simulator.Mode = SimulatedPrinterMode.Healthy;

        Assert.Equal("online", await StatusAsync(admin, printerId));
        var job = await ReadJobAsync();
        Assert.Contains("[CODE128 WI-TEST-0001]", job.Text);
        Assert.Contains("\n标签测试\n", job.Text);
    }

    [Fact]
    public async Task Receipts_never_go_to_a_label_printer_and_the_printers_page_shows_its_labels()
    {
        await using var app = new PrintingFactory("virtual");
        var depot = await CentralDepotAsync(app);
        await AddLabelPrinterAsync(app, depot, null);
        var admin = await app.SignedInClientAsync("admin");

        Assert.Contains("标签 60 × 40 mm，203 dpi", WebUtility.HtmlDecode(await admin.GetStringAsync("/Printers")));
        await using var db = app.NewDbContext();
        Assert.Null(await Warehouse.Data.Printing.PrinterChoice.ForAsync(db, depot, null));
    }

    [Theory]
    [InlineData("60", "40", "200", "E:ANMDS.TTF", "打印头分辨率为 152、203、300 或 600 dpi")]
    [InlineData("60", "40", "203", "E:X^XZ", "不是打印机字体")]
    public async Task Label_settings_no_printer_can_take_are_refused_with_a_message_and_nothing_is_saved(string width, string height,
        string dpi, string font, string message)
    {
        await using var app = new PrintingFactory("virtual");
        var admin = await app.SignedInClientAsync("admin");

        var response = await admin.PostFormAsync("/Printers", "/Printers/Create", new()
        {
            ["Name"] = "坏标签机", ["DepotId"] = (await CentralDepotAsync(app)).ToString(), ["Address"] = "virtual", ["Kind"] = "Label",
            ["LabelWidthMm"] = width, ["LabelHeightMm"] = height, ["LabelDpi"] = dpi, ["LabelFont"] = font,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        await using var db = app.NewDbContext();
        Assert.False(await db.Printers.AnyAsync(p => p.Name == "坏标签机"));
    }

    private async Task<int> AddLabelPrinterAsync(WarehouseFactory app, int depot, string? font)
    {
        var admin = await app.SignedInClientAsync("admin");
        var created = await admin.PostFormAsync("/Printers", "/Printers/Create", new()
        {
            ["Name"] = "斑马标签机", ["DepotId"] = depot.ToString(), ["Address"] = _simulator.Address, ["Kind"] = "Label",
            ["LabelWidthMm"] = "60", ["LabelHeightMm"] = "40", ["LabelDpi"] = "203", ["LabelFont"] = font ?? "",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using var db = app.NewDbContext();
        var printer = await db.Printers.AsNoTracking().SingleAsync(p => p.Name == "斑马标签机");
        Assert.Equal(PrinterKind.Label, printer.Kind);
        return printer.Id;
    }

    private static async Task<int> CentralDepotAsync(WarehouseFactory app)
    {
        await using var db = app.NewDbContext();
        return await db.Depots.Where(d => d.Kind == DepotKind.CentralReserve).Select(d => d.Id).FirstAsync();
    }

    private static async Task<Item> ItemAsync(WarehouseFactory app, string code)
    {
        await using var db = app.NewDbContext();
        return await db.Items.AsNoTracking().SingleAsync(i => i.Code == code);
    }

    private static async Task<string> StatusAsync(HttpClient client, int printerId)
    {
        using var answer = JsonDocument.Parse(await client.GetStringAsync($"/Printers/Status/{printerId}"));
        return answer.RootElement.GetProperty("state").GetString()!;
    }

    private async Task<SimulatedJob> ReadJobAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        return await _simulator.ReadJobAsync(patience.Token);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!await condition())
            await Task.Delay(20, patience.Token);
    }
}
