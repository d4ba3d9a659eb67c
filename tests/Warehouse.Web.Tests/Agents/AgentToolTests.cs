using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Printing;
using Warehouse.Hardware.Simulation;

namespace Warehouse.Web.Tests.Agents;

/// `warehouse-hw agent` as a keeper runs it: a real process talking to the app on a real port, printing to the printer
/// simulator over real TCP.
public sealed class AgentToolTests : IAsyncLifetime
{
    private readonly string _receipts = Path.Combine(Path.GetTempPath(), "warehouse-agent-receipts", Guid.NewGuid().ToString("N"));
    private readonly PrinterSimulator _simulator;

    public AgentToolTests()
    {
        Directory.CreateDirectory(_receipts);
        _simulator = new PrinterSimulator(new PrinterSimulatorOptions { Port = 0, OutputDirectory = _receipts });
    }

    public Task InitializeAsync() => _simulator.StartAsync();

    public async Task DisposeAsync()
    {
        await _simulator.DisposeAsync();
        Directory.Delete(_receipts, recursive: true);
    }

    [Fact]
    public async Task A_check_in_prints_through_the_agent_and_a_killed_agent_restarted_prints_every_queued_receipt_none_lost()
    {
        await using var app = new AgentFactory(kestrel: true);
        var station = StationClient(app);
        var first = AgentProcess.Start(Arguments(app));
        await AgentFactory.WaitUntilAsync(() => ConnectedAsync(app));
        var number = await AgentProtocolTests.CheckInAsync(station, "tool-check-in-1");
        await AgentFactory.WaitUntilAsync(async () => await app.PrintedCountAsync(number) == 1);
        Assert.Equal([number], PrintedNumbers());

        // The agent is killed while the queue fills, started again, and killed once more as soon as it printed one.
        first.Kill();
        var queued = new List<string>();
        for (var i = 0; i < 3; i++)
            queued.Add(await AgentProtocolTests.CheckInAsync(station, $"tool-queued-{i}"));
        await using (var second = AgentProcess.Start(Arguments(app)))
            await AgentFactory.WaitUntilAsync(() => Task.FromResult(PrintedNumbers().Count > 1));
        await using var third = AgentProcess.Start(Arguments(app));
        await AgentFactory.WaitUntilAsync(async () =>
        {
            await using var db = app.NewDbContext();
            return await db.PrintJobs.CountAsync(j => queued.Contains(j.Title) && j.State == PrintJobState.Printed) == 3;
        });
        var printed = PrintedNumbers();
        Assert.All(queued, n => Assert.InRange(printed.Count(p => p == n), 1, 2));
        Assert.InRange(printed.Count(queued.Contains), 3, 4);
        Assert.Equal(1, printed.Count(p => p == number));
        Assert.Contains("Printed job", third.Output + first.Output);
    }

    [Fact]
    public async Task A_printer_switched_to_paper_out_shows_paper_out_on_the_printers_page()
    {
        await using var app = new AgentFactory(kestrel: true);
        await using var agent = AgentProcess.Start(Arguments(app));
        await AgentFactory.WaitUntilAsync(() => ConnectedAsync(app));
        var admin = await app.SignedInOverKestrelAsync("admin", "en");
        Assert.Contains("data-testid=\"agent-printer-receipt\">Online<", await admin.GetStringAsync("/Printers"));

        _simulator.Mode = SimulatedPrinterMode.PaperOut;
        await AgentFactory.WaitUntilAsync(async () =>
            (await admin.GetStringAsync("/Printers")).Contains("data-testid=\"agent-printer-receipt\">Paper out<"));
    }

    [Fact]
    public async Task A_wrong_key_ends_the_agent_with_a_clear_message_and_exit_code_3()
    {
        await using var app = new AgentFactory(kestrel: true);
        await using var agent = AgentProcess.Start("agent", "--server", app.BaseUrl, "--key", "wh_wrong", "--printer",
            $"receipt={_simulator.Address}", "--once");
        Assert.Equal(3, await agent.ExitCodeAsync());
        Assert.Contains("refused the station key", agent.Output);
    }

    private string[] Arguments(AgentFactory app) =>
        ["agent", "--server", app.BaseUrl, "--key", WarehouseFactory.StationKey, "--printer", $"receipt={_simulator.Address}"];

    private static HttpClient StationClient(AgentFactory app)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Station-Key", WarehouseFactory.StationKey);
        return client;
    }

    private static async Task<bool> ConnectedAsync(AgentFactory app)
    {
        await using var db = app.NewDbContext();
        return await db.AgentPrinters.AnyAsync(p => p.PrinterId != null);
    }

    /// The document numbers of the receipts the simulator printed, one entry per paper receipt, in order.
    private List<string> PrintedNumbers() => Directory.GetFiles(_receipts, "job-*.txt").Order()
        .Select(f => File.ReadAllLines(f).First(l => l.StartsWith("单号")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1])
        .ToList();
}
