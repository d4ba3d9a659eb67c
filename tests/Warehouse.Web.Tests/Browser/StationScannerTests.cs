using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Warehouse.Web.Tests.Agents;

namespace Warehouse.Web.Tests.Browser;

/// A serial scanner that cannot act as a keyboard, on the station agent's PC: the real `warehouse-hw agent` reads it over
/// a pseudo-terminal (socat) and its scans reach the keeper's open check-in page as if typed by a wedge.
[Collection(BrowserCollection.Name)]
public sealed class StationScannerTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "warehouse-station-scanner", Guid.NewGuid().ToString("N"));
    private Process? _socat;
    private AgentProcess? _agent;

    private string Host => Path.Combine(_folder, "host");

    private string Device => Path.Combine(_folder, "device");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        if (!File.Exists("/usr/bin/socat"))
            return;
        _socat = Process.Start(new ProcessStartInfo("socat")
        {
            ArgumentList = { "pty,raw,echo=0,link=" + Host, "pty,raw,echo=0,link=" + Device }, RedirectStandardError = true,
        })!;
        await AgentFactory.WaitUntilAsync(() => Task.FromResult(File.Exists(Host) && File.Exists(Device)));
    }

    public async Task DisposeAsync()
    {
        if (_agent is not null)
            await _agent.DisposeAsync();
        if (_socat is { HasExited: false })
            _socat.Kill();
        _socat?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [BrowserFact]
    public async Task A_scan_from_the_agents_serial_scanner_reaches_the_open_check_in_page_and_is_parsed_like_a_wedge_scan()
    {
        Assert.True(_socat is not null, "socat is needed for the scanner's pseudo-terminal (apt-get install -y socat).");
        _agent = AgentProcess.Start("agent", "--server", fixture.App.BaseUrl, "--key", WarehouseFactory.StationKey,
            "--printer", $"receipt=file://{Path.Combine(_folder, "receipt.bin")}", "--scanner", $"serial://{Host}?baud=9600");
        await AgentFactory.WaitUntilAsync(async () =>
        {
            await using var db = fixture.App.NewDbContext();
            return await db.StationAgents.AnyAsync(a => a.HasScanner);
        });
        var page = await fixture.SignedInPageAsync("keeper");
        var sent = new List<string>();
        page.Request += (_, request) =>
        {
            var path = new Uri(request.Url).AbsolutePath;
            if (path.StartsWith("/api/codes/", StringComparison.Ordinal))
                sent.Add(Uri.UnescapeDataString(path["/api/codes/".Length..]));
        };
        await page.GotoAsync("/Stock/Receive");
        var picker = page.Locator("[data-testid=station-scanner]");
        await picker.SelectOptionAsync(new SelectOptionValue { Label = AgentFactory.StationName });
        await Assertions.Expect(page.Locator(".station-scanner")).ToHaveAttributeAsync("data-state", "listening");

        await using (var line = new FileStream(Device, FileMode.Open, FileAccess.Write))
            await line.WriteAsync("WI-FH-0001\r"u8.ToArray());

        await Assertions.Expect(page.Locator("#scan-feedback")).ToContainTextAsync("防汛安全头盔");
        Assert.Equal("WI-FH-0001", Assert.Single(sent));
        await Assertions.Expect(page.Locator("#scan-lines tbody tr")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "station-scanner-zh.png"), FullPage = true });

        var english = await fixture.SignedInPageAsync("keeper", "en");
        await english.GotoAsync("/Stock/Receive");
        await Assertions.Expect(english.Locator(".station-scanner")).ToContainTextAsync("Scanner on the station's PC");
        await english.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "station-scanner-en.png") });
    }

    [BrowserFact]
    public async Task The_printers_and_stations_pages_show_the_connected_agent_and_its_printer_in_both_languages()
    {
        _agent = AgentProcess.Start("agent", "--server", fixture.App.BaseUrl, "--key", WarehouseFactory.StationKey,
            "--printer", $"receipt=file://{Path.Combine(_folder, "receipt.bin")}");
        await AgentFactory.WaitUntilAsync(async () =>
        {
            await using var db = fixture.App.NewDbContext();
            return await db.AgentPrinters.AnyAsync(p => p.Name == "receipt");
        });
        foreach (var (locale, connected) in new[] { ("zh-CN", "已连接"), ("en", "Connected") })
        {
            var page = await fixture.SignedInPageAsync("admin", locale);
            foreach (var path in new[] { "/Printers", "/Stations" })
            {
                await page.GotoAsync(path);
                await Assertions.Expect(page.Locator("[data-testid=agents-table] [data-testid=agent-state]")).ToHaveTextAsync(connected);
                await Assertions.Expect(page.Locator("[data-testid=agents-table]")).ToContainTextAsync("agent://中心库收发台/receipt");
                await page.ScreenshotAsync(new()
                {
                    Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"agents{path.Replace('/', '-')}-{locale}.png"), FullPage = true,
                });
            }
        }
    }
}
