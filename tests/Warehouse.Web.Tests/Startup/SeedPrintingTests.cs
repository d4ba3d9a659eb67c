using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Domain.Printing;
using Warehouse.Hardware.Simulation;
using Warehouse.Web.Features.Printing;

namespace Warehouse.Web.Tests.Startup;

/// The demo's historic dispatch slips never go to a real printer, even one set as the default before the seed,
/// and still have their previews.
public sealed class SeedPrintingTests : IAsyncLifetime
{
    private readonly DatabaseFolder _folder = new();
    private readonly string _receipts = Path.Combine(Path.GetTempPath(), "warehouse-receipts", Guid.NewGuid().ToString("N"));
    private readonly PrinterSimulator _printer;

    public SeedPrintingTests() =>
        _printer = new PrinterSimulator(new PrinterSimulatorOptions { Port = 0, OutputDirectory = _receipts, Mode = SimulatedPrinterMode.Healthy });

    public Task InitializeAsync() => _printer.StartAsync();

    public async Task DisposeAsync()
    {
        await _printer.DisposeAsync();
        _folder.Dispose();
        if (Directory.Exists(_receipts))
            Directory.Delete(_receipts, recursive: true);
    }

    [Fact]
    public async Task Nothing_the_demo_seed_queues_reaches_a_real_default_printer_and_its_slips_still_preview()
    {
        var settings = new Dictionary<string, string>
        {
            ["Demo:Seed"] = "true",
            ["Printing:DefaultPrinter"] = _printer.Address,
            ["Printing:PollInterval"] = "00:00:00.050",
        };
        using var app = new StartupApp(_folder.File("printing.db"), "Testing", settings);
        Assert.Equal(HttpStatusCode.OK, (await app.StartAndCheckHealthAsync()).StatusCode);

        var printed = await app.Services.GetRequiredService<PrintQueueProcessor>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, printed);
        Assert.Empty(Directory.EnumerateFiles(_receipts, "job-*"));
        await using var db = app.NewDbContext();
        var jobs = await db.PrintJobs.AsNoTracking().ToListAsync();
        Assert.Contains(jobs, j => j.Kind == PrintJobKind.DispatchSlip);
        Assert.All(jobs, j => Assert.Equal(PrintJobState.Printed, j.State));

        var admin = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var login = await admin.PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["UserName"] = "admin", ["Password"] = WarehouseFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var slip = jobs.First(j => j.Kind == PrintJobKind.DispatchSlip);
        var preview = await admin.GetAsync($"/PrintJobs/Preview/{slip.Id}");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains(slip.Title, await preview.Content.ReadAsStringAsync());
    }
}
