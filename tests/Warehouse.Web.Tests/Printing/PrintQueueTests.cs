using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;
using Warehouse.Hardware.EscPos;
using Warehouse.Hardware.Simulation;
using Warehouse.Web.Features.Printing;

namespace Warehouse.Web.Tests.Printing;

/// The print queue over real TCP against the printer simulator.
public sealed partial class PrintQueueTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _receipts = Path.Combine(Path.GetTempPath(), "warehouse-receipts", Guid.NewGuid().ToString("N"));
    private PrinterSimulator? _simulator;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_simulator is not null)
            await _simulator.DisposeAsync();
        if (Directory.Exists(_receipts))
            Directory.Delete(_receipts, recursive: true);
    }

    [Fact]
    public async Task A_check_in_posted_through_the_api_prints_exactly_one_receipt_with_its_lines_in_chinese()
    {
        var simulator = await StartSimulatorAsync(0, SimulatedPrinterMode.Healthy);
        await using var app = new PrintingFactory(simulator.Address);
        var client = app.StationClient();

        var response = await client.PostAsJsonAsync("/api/receipts", new
        {
            reason = "Purchase",
            clientId = "print-check-in-1",
            lines = new object[] { new { code = "WI-FH-0001", quantity = 3 }, new { code = "FH-0006", quantity = 2 } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var number = (await response.Content.ReadFromJsonAsync<PostedAnswer>())!.Number;

        var job = await ReadJobAsync(simulator);
        Assert.True(job.Printed);
        var lines = job.Text.Split('\n');
        Assert.Contains(lines, l => l.Trim() == "入库单");
        Assert.Contains(lines, l => l.StartsWith("单号") && l.EndsWith(number));
        Assert.Contains(lines, l => l.StartsWith("01 防汛安全头盔 FH-0001") && l.EndsWith("3 顶"));
        Assert.Contains(lines, l => l.StartsWith("02 防割救援手套 FH-0006") && l.EndsWith("2 双"));
        Assert.Contains(lines, l => l.StartsWith("事由") && l.EndsWith("采购入库"));
        Assert.Contains($"[CODE128 {number}]", lines);
        Assert.Equal("[CUT]", lines.Last(l => l.Length > 0));

        await using var db = app.NewDbContext();
        var printJob = Assert.Single(await db.PrintJobs.Where(j => j.Document!.Number == number).ToListAsync());
        await WaitUntilAsync(() => db.PrintJobs.AsNoTracking().AnyAsync(j => j.Id == printJob.Id && j.State == PrintJobState.Printed));
        // Posting the same request again is answered from the first posting and queues nothing.
        var replay = await client.PostAsJsonAsync("/api/receipts", new
        {
            reason = "Purchase",
            clientId = "print-check-in-1",
            lines = new object[] { new { code = "WI-FH-0001", quantity = 3 }, new { code = "FH-0006", quantity = 2 } },
        });
        Assert.True(replay.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await db.PrintJobs.CountAsync());
        Assert.Single(Directory.GetFiles(_receipts, "job-*.txt"));
    }

    [Fact]
    public async Task A_printer_that_is_down_receives_the_queued_jobs_in_order_when_it_comes_back_nothing_lost_or_doubled()
    {
        var port = FreePort();
        await using var app = new PrintingFactory($"tcp://127.0.0.1:{port}");
        var client = app.StationClient();
        await using var db = app.NewDbContext();

        var numbers = new List<string> { await CheckInAsync(client, "down-1") };
        await WaitForErrorAsync(db, numbers[0], "Unreachable");

        var simulator = await StartSimulatorAsync(port, SimulatedPrinterMode.PaperOut);
        numbers.Add(await CheckInAsync(client, "down-2"));
        numbers.Add(await CheckInAsync(client, "down-3"));
        await WaitForErrorAsync(db, numbers[0], "PaperOut");
        simulator.Mode = SimulatedPrinterMode.Offline;
        await WaitForErrorAsync(db, numbers[0], "Offline");
        Assert.Empty(Directory.GetFiles(_receipts, "job-*.txt"));

        simulator.Mode = SimulatedPrinterMode.Healthy;
        var printed = new List<string>();
        for (var i = 0; i < numbers.Count; i++)
            printed.Add((await ReadJobAsync(simulator)).Text);

        await WaitUntilAsync(async () => await db.PrintJobs.CountAsync(j => j.State == PrintJobState.Printed) == numbers.Count);
        Assert.Equal(numbers, await PrintedOrderAsync(db));
        Assert.Equal(numbers.Order(), printed.Select(DocumentNumber).Order());
        Assert.Equal(numbers.Count, Directory.GetFiles(_receipts, "job-*.txt").Length);
        Assert.Equal(0, await db.PrintJobs.CountAsync(j => j.State == PrintJobState.Pending || j.State == PrintJobState.Printing));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Several_app_instances_print_each_job_once_and_in_order(string provider)
    {
        var simulator = await StartSimulatorAsync(0, SimulatedPrinterMode.Healthy);
        await using var app = new PrintingFactory(simulator.Address, provider: provider);
        const int count = 20;
        await using (var db = app.NewDbContext())
        {
            for (var i = 1; i <= count; i++)
                db.PrintJobs.Add(PrintJob.Rendered(PrintJobKind.TestPage, $"job {i}", new EscPosBuilder().Line($"JOB {i:00}").Cut().ToArray(),
                    null, null, "test", DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        // Two more "instances" race the app's own worker for the same queue.
        var services = app.Services;
        var instances = Enumerable.Range(0, 2).Select(_ => NewProcessor(services)).ToList();
        using var done = new CancellationTokenSource(Patience);
        var racing = instances.Select(instance => Task.Run(async () =>
        {
            await using var db = app.NewDbContext();
            while (await db.PrintJobs.CountAsync(j => j.State == PrintJobState.Pending || j.State == PrintJobState.Printing, done.Token) > 0)
                await instance.RunOnceAsync(done.Token);
        }, done.Token)).ToList();

        var printed = new List<string>();
        for (var i = 0; i < count; i++)
            printed.Add((await ReadJobAsync(simulator)).Text);
        await Task.WhenAll(racing);

        var expected = Enumerable.Range(1, count).Select(i => $"job {i}").ToList();
        await using (var db = app.NewDbContext())
            Assert.Equal(expected, await PrintedOrderAsync(db));
        Assert.Equal(Enumerable.Range(1, count).Select(i => $"JOB {i:00}"), printed.Select(t => t.Split('\n').First(l => l.StartsWith("JOB")).Trim()).Order());
        Assert.Equal(count, Directory.GetFiles(_receipts, "job-*.txt").Length);
    }

    [Fact]
    public async Task A_dispatch_slip_is_queued_at_dispatch_with_a_delivery_qr_code_that_finds_its_dispatch()
    {
        // A printed slip keeps no code, so the slip is read before the (stopped) queue prints it.
        await using var app = new PrintingFactory(Printer.Virtual, worker: false);
        var (job, _, _) = await DispatchSlipSecretTests.DispatchAsync(app, await app.SignedInClientAsync("keeper"));
        await using var db = app.NewDbContext();
        var slip = await db.PrintJobs.SingleAsync(j => j.Id == job);

        var lines = EscPosDecoder.Decode(slip.Content!, PaperWidth.Mm80).Lines;
        Assert.Contains(lines, l => l.Trim() == "调拨单");
        Assert.Contains(lines, l => l.StartsWith("调拨单号") && l.EndsWith(slip.Title));
        Assert.Contains(lines, l => l.StartsWith("车牌") && l.Contains('浙'));
        Assert.Contains(lines, l => l.StartsWith("收货人") && l.Contains("____"));
        var qr = lines.Single(l => l.StartsWith("[QR ")).TrimStart('[').TrimEnd(']')[3..];
        var shortCode = lines[lines.ToList().FindIndex(l => l.Trim() == "签收码") + 1].Trim();
        var delivery = app.Services.CreateScope().ServiceProvider.GetRequiredService<DeliveryConfirmation>();
        var dispatchId = await db.Dispatches.Where(d => d.Number == slip.Title).Select(d => d.Id).SingleAsync();
        Assert.Equal(dispatchId, await delivery.FindByCodeAsync(qr));
        Assert.Equal(dispatchId, await delivery.FindByCodeAsync(shortCode));
    }

    [Fact]
    public async Task Due_virtual_jobs_are_all_printed_in_one_round_and_their_previews_render_the_chinese_note_on_demand()
    {
        await using var app = new PrintingFactory(Printer.Virtual, worker: false);
        var client = app.StationClient();
        var count = PrintQueueProcessor.VirtualBatchSize + 10;
        var numbers = new List<string>();
        for (var i = 0; i < count; i++)
            numbers.Add(await CheckInAsync(client, $"virtual-{i}"));

        Assert.Equal(count, await app.Services.GetRequiredService<PrintQueueProcessor>().RunOnceAsync(default));

        await using var db = app.NewDbContext();
        var jobs = await db.PrintJobs.AsNoTracking().OrderBy(j => j.Id).ToListAsync();
        Assert.Equal(numbers, jobs.Select(j => j.Title));
        Assert.All(jobs, j =>
        {
            Assert.Equal(PrintJobState.Printed, j.State);
            Assert.Equal(1, j.Attempts);
            Assert.NotNull(j.PrintedAt);
            Assert.Null(j.LeaseOwner);
            Assert.Null(j.Content);
        });
        var admin = await app.SignedInClientAsync("admin");
        foreach (var job in new[] { jobs[0], jobs[^1] })
        {
            var lines = await PreviewAsync(admin, job.Id);
            Assert.Contains(lines, l => l.Trim() == "入库单");
            Assert.Contains(lines, l => l.StartsWith("单号") && l.EndsWith(job.Title));
            Assert.Contains(lines, l => l.StartsWith("01 防汛安全头盔 FH-0001") && l.EndsWith("1 顶"));
            Assert.Contains(lines, l => l.StartsWith("事由") && l.EndsWith("捐赠入库"));
            Assert.Contains($"[CODE128 {job.Title}]", lines);
        }
        Assert.Contains($"href=\"/PrintJobs/Preview/{jobs[^1].Id}\"", await admin.GetStringAsync("/PrintJobs"));
    }

    [Fact]
    public async Task A_note_moved_or_reprinted_from_the_virtual_printer_to_a_real_one_is_rendered_and_sent_to_it()
    {
        var simulator = await StartSimulatorAsync(0, SimulatedPrinterMode.Healthy);
        await using var app = new PrintingFactory(Printer.Virtual, worker: false);
        var processor = app.Services.GetRequiredService<PrintQueueProcessor>();
        var client = app.StationClient();
        var moved = await CheckInAsync(client, "moved-1");
        var reprinted = await CheckInAsync(client, "reprinted-1");
        await using var db = app.NewDbContext();
        var printer = await AddPrinterAsync(db, simulator.Address);
        var admin = await app.SignedInClientAsync("admin");

        var move = await admin.PostFormAsync("/PrintJobs", $"/PrintJobs/Move/{await JobOfAsync(db, moved)}", new() { ["printerId"] = $"{printer}" });
        Assert.Equal(HttpStatusCode.Redirect, move.StatusCode);
        Assert.Equal(2, await processor.RunOnceAsync(default));
        var sent = (await ReadJobAsync(simulator)).Text;
        Assert.Equal(moved, DocumentNumber(sent));
        Assert.Contains(sent.Split('\n'), l => l.StartsWith("01 防汛安全头盔 FH-0001") && l.EndsWith("1 顶"));

        var reprint = await admin.PostFormAsync("/PrintJobs", $"/PrintJobs/Reprint/{await JobOfAsync(db, reprinted)}",
            new() { ["printerId"] = $"{printer}" });
        Assert.Equal(HttpStatusCode.Redirect, reprint.StatusCode);
        Assert.Equal(1, await processor.RunOnceAsync(default));
        Assert.Equal(reprinted, DocumentNumber((await ReadJobAsync(simulator)).Text));
        Assert.Equal(2, Directory.GetFiles(_receipts, "job-*.txt").Length);
        Assert.Equal(2, await db.PrintJobs.CountAsync(j => j.PrinterId == printer && j.State == PrintJobState.Printed && j.Content != null));
    }

    [Fact]
    public async Task A_real_printer_among_virtual_jobs_still_receives_only_its_own_jobs_one_at_a_time_in_order()
    {
        var simulator = await StartSimulatorAsync(0, SimulatedPrinterMode.Healthy);
        await using var app = new PrintingFactory(Printer.Virtual, worker: false);
        await using var db = app.NewDbContext();
        var printer = await AddPrinterAsync(db, simulator.Address);
        for (var i = 1; i <= 10; i++)
            db.PrintJobs.Add(PrintJob.Rendered(PrintJobKind.TestPage, $"job {i}", new EscPosBuilder().Line($"JOB {i:00}").Cut().ToArray(),
                i % 2 == 1 ? printer : null, null, "test", DateTime.UtcNow));
        await db.SaveChangesAsync();

        Assert.Equal(10, await app.Services.GetRequiredService<PrintQueueProcessor>().RunOnceAsync(default));

        var printed = new List<string>();
        for (var i = 0; i < 5; i++)
            printed.Add((await ReadJobAsync(simulator)).Text.Split('\n').First(l => l.StartsWith("JOB")).Trim());
        Assert.Equal(["JOB 01", "JOB 03", "JOB 05", "JOB 07", "JOB 09"], printed.Order());
        var jobs = await db.PrintJobs.AsNoTracking().ToListAsync();
        Assert.Equal(["job 1", "job 3", "job 5", "job 7", "job 9"],
            jobs.Where(j => j.PrinterId == printer).OrderBy(j => j.PrintedAt).Select(j => j.Title));
        Assert.All(jobs, j => Assert.Equal(PrintJobState.Printed, j.State));
        Assert.All(jobs, j => Assert.NotNull(j.Content));
        Assert.Equal(5, Directory.GetFiles(_receipts, "job-*.txt").Length);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Virtual_jobs_are_finished_once_across_instances_and_a_live_lease_or_a_later_attempt_is_left_alone(string provider)
    {
        await using var app = new PrintingFactory(Printer.Virtual, worker: false, provider: provider);
        const int count = 1200;
        await using var db = app.NewDbContext();
        for (var i = 1; i <= count; i++)
            db.PrintJobs.Add(PrintJob.Rendered(PrintJobKind.TestPage, $"job {i}", [0x0A], null, null, "test", DateTime.UtcNow));
        await db.SaveChangesAsync();
        var now = DateTime.UtcNow;
        await db.PrintJobs.Where(j => j.Title == "job 1").ExecuteUpdateAsync(s => s.SetProperty(j => j.State, PrintJobState.Printing)
            .SetProperty(j => j.LeaseOwner, "crashed").SetProperty(j => j.LeaseExpiresAt, now.AddMinutes(-1)).SetProperty(j => j.Attempts, 1));
        await db.PrintJobs.Where(j => j.Title == "job 2").ExecuteUpdateAsync(s => s.SetProperty(j => j.State, PrintJobState.Printing)
            .SetProperty(j => j.LeaseOwner, "busy").SetProperty(j => j.LeaseExpiresAt, now.AddMinutes(1)).SetProperty(j => j.Attempts, 1));
        await db.PrintJobs.Where(j => j.Title == "job 3").ExecuteUpdateAsync(s => s.SetProperty(j => j.NextAttemptAt, now.AddMinutes(1)));

        var finished = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => NewProcessor(app.Services).RunOnceAsync(default))));

        Assert.Equal(count - 2, finished.Sum());
        var states = await db.PrintJobs.AsNoTracking().ToDictionaryAsync(j => j.Title, j => (j.State, j.Attempts));
        Assert.Equal((PrintJobState.Printed, 2), states["job 1"]);
        Assert.Equal((PrintJobState.Printing, 1), states["job 2"]);
        Assert.Equal((PrintJobState.Pending, 0), states["job 3"]);
        Assert.Equal(count - 3, states.Values.Count(s => s == (PrintJobState.Printed, 1)));
    }

    private static PrintQueueProcessor NewProcessor(IServiceProvider services) =>
        new(services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<IOptions<PrintingOptions>>(),
            services.GetRequiredService<BureauClock>(), services.GetRequiredService<ILogger<PrintQueueProcessor>>());

    private static async Task<int> AddPrinterAsync(Warehouse.Data.WarehouseDbContext db, string address)
    {
        var depot = await db.Depots.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        var printer = new Printer("收发台打印机", depot, address, PaperSize.Mm80, ReceiptEncoding.Gb18030);
        db.Printers.Add(printer);
        await db.SaveChangesAsync();
        return printer.Id;
    }

    private static Task<long> JobOfAsync(Warehouse.Data.WarehouseDbContext db, string number) =>
        db.PrintJobs.Where(j => j.Document!.Number == number).Select(j => j.Id).SingleAsync();

    /// The preview page's receipt, line by line as the printer would print it.
    private static async Task<List<string>> PreviewAsync(HttpClient client, long job)
    {
        var html = await client.GetStringAsync($"/PrintJobs/Preview/{job}");
        return ReceiptLine().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)).ToList();
    }

    [GeneratedRegex("<div class=\"wh-receipt-line\">(.*?)</div>|<div class=\"wh-receipt-code\" data-line=\"([^\"]*)\">")]
    private static partial Regex ReceiptLine();

    /// The order the queue handed the jobs to the printer. (The simulator finishes each connection on its own
    /// task, so the order its files appear in is not a witness for back-to-back jobs; a real printer takes one
    /// connection at a time.)
    private static async Task<List<string>> PrintedOrderAsync(Warehouse.Data.WarehouseDbContext db) =>
        (await db.PrintJobs.AsNoTracking().Where(j => j.State == PrintJobState.Printed).ToListAsync())
            .OrderBy(j => j.PrintedAt).Select(j => j.Title).ToList();

    private static string DocumentNumber(string receipt) =>
        receipt.Split('\n').Single(l => l.StartsWith("[CODE128 "))["[CODE128 ".Length..].TrimEnd(']');

    private async Task<PrinterSimulator> StartSimulatorAsync(int port, SimulatedPrinterMode mode)
    {
        _simulator = new PrinterSimulator(new PrinterSimulatorOptions { Port = port, OutputDirectory = _receipts, Mode = mode });
        await _simulator.StartAsync();
        return _simulator;
    }

    private static async Task<SimulatedJob> ReadJobAsync(PrinterSimulator simulator)
    {
        using var patience = new CancellationTokenSource(Patience);
        return await simulator.ReadJobAsync(patience.Token);
    }

    private static async Task<string> CheckInAsync(HttpClient client, string clientId)
    {
        var response = await client.PostAsJsonAsync("/api/receipts", new
        {
            reason = "Donation",
            clientId,
            lines = new object[] { new { code = "WI-FH-0001", quantity = 1 } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PostedAnswer>())!.Number;
    }

    private static Task WaitForErrorAsync(Warehouse.Data.WarehouseDbContext db, string number, string failure) =>
        WaitUntilAsync(() => db.PrintJobs.AsNoTracking()
            .AnyAsync(j => j.Document!.Number == number && j.State == PrintJobState.Pending && j.LastError != null && j.LastError.StartsWith(failure)));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!await condition())
            await Task.Delay(20, patience.Token);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed record PostedAnswer(int Id, string Number);
}
