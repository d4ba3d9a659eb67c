using System.Diagnostics;
using System.Threading.Channels;
using Warehouse.Hardware.Scanning;
using Warehouse.Hardware.Transports;

namespace Warehouse.Hardware.Tests;

/// <summary>Serial tests over a pair of pseudo-terminals joined by socat.</summary>
public sealed class SerialLoopTests : IDisposable
{
    private readonly TempDirectory _links = new();
    private Process? _socat;

    private string Device => _links.File("device");

    private string Host => _links.File("host");

    public void Dispose()
    {
        StopSocat();
        _links.Dispose();
    }

    private async Task StartSocatAsync()
    {
        _socat = Process.Start(new ProcessStartInfo("socat")
        {
            ArgumentList = { "-d", "-d", $"pty,raw,echo=0,link={Host}", $"pty,raw,echo=0,link={Device}" },
            RedirectStandardError = true,
        })!;
        _socat.ErrorDataReceived += (_, _) => { };
        _socat.BeginErrorReadLine();
        var clock = Stopwatch.StartNew();
        while (!(File.Exists(Host) && File.Exists(Device)))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "socat did not create its pseudo-terminals.");
            await Task.Delay(20);
        }
    }

    private void StopSocat()
    {
        if (_socat is { HasExited: false })
        {
            _socat.Kill();
            _socat.WaitForExit();
        }
        _socat?.Dispose();
        _socat = null;
    }

    // The scanner's end of the line: what a scanner would send.
    private async Task SendAsScannerAsync(string text)
    {
        await using var line = new FileStream(Device, FileMode.Open, FileAccess.Write);
        await line.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text));
    }

    [SocatFact]
    public async Task Scans_from_a_serial_scanner_arrive_parsed_and_survive_unplugging()
    {
        await StartSocatAsync();
        var scans = Channel.CreateUnbounded<ScanResult>();
        var connections = Channel.CreateUnbounded<bool>();
        var reader = new SerialScannerReader(new SerialScannerOptions
        {
            PortName = Host,
            BaudRate = 9600,
            ReconnectDelay = TimeSpan.FromMilliseconds(50),
            MaxReconnectDelay = TimeSpan.FromMilliseconds(200),
        });
        reader.Scanned += (_, e) => scans.Writer.TryWrite(e.Result);
        reader.ConnectionChanged += (_, e) => connections.Writer.TryWrite(e.Connected);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var running = reader.RunAsync(stop.Token);

        Assert.True(await connections.Reader.ReadAsync(stop.Token));
        await SendAsScannerAsync("WI-SH-0101\r\n]C10109506000134352" + "10LOT-7\u001D17201225\r");
        var own = await scans.Reader.ReadAsync(stop.Token);
        var gs1 = await scans.Reader.ReadAsync(stop.Token);
        Assert.Equal(new OwnCode(OwnCodeKind.Item, "SH-0101"), own.Payload);
        Assert.Equal("LOT-7", Assert.IsType<Gs1Code>(gs1.Payload).Lot);

        StopSocat();
        Assert.False(await connections.Reader.ReadAsync(stop.Token));
        await StartSocatAsync();
        while (!await connections.Reader.ReadAsync(stop.Token))
        {
        }
        await SendAsScannerAsync("wl-cr-a-01-02\n");
        Assert.Equal(new OwnCode(OwnCodeKind.Location, "CR-A-01-02"), (await scans.Reader.ReadAsync(stop.Token)).Payload);

        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [SocatFact]
    public async Task A_custom_terminator_splits_scans()
    {
        await StartSocatAsync();
        var scans = Channel.CreateUnbounded<ScanResult>();
        var options = SerialScannerOptions.FromUri($"serial://{Host}?baud=19200&terminator=tab");
        var reader = new SerialScannerReader(options);
        reader.Scanned += (_, e) => scans.Writer.TryWrite(e.Result);
        var connected = new TaskCompletionSource();
        reader.ConnectionChanged += (_, e) =>
        {
            if (e.Connected)
            {
                connected.TrySetResult();
            }
        };
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var running = reader.RunAsync(stop.Token);
        await connected.Task.WaitAsync(stop.Token);

        await SendAsScannerAsync("4006381333931\t96385074\t");

        Assert.Equal(19200, options.BaudRate);
        Assert.IsType<RetailCode>((await scans.Reader.ReadAsync(stop.Token)).Payload);
        Assert.IsType<RetailCode>((await scans.Reader.ReadAsync(stop.Token)).Payload);
        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [SocatFact]
    public async Task A_serial_printer_receives_the_job_and_answers_status()
    {
        await StartSocatAsync();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var received = new MemoryStream();
        var printer = Task.Run(async () =>
        {
            await using var line = new FileStream(Device, FileMode.Open, FileAccess.ReadWrite);
            var buffer = new byte[256];
            while (received.Length < 3 * 3 + 4)
            {
                var read = await line.ReadAsync(buffer, stop.Token);
                received.Write(buffer, 0, read);
                for (var i = 0; i < read; i++)
                {
                    if (buffer[i] == 0x04)
                    {
                        await line.WriteAsync(new byte[] { 0x12 }, stop.Token); // healthy
                    }
                }
            }
        }, stop.Token);
        await using var transport = PrinterTransports.Create(new Uri($"serial://{Host}?baud=19200"));

        var status = await transport.GetStatusAsync(stop.Token);
        await transport.WriteAsync(new byte[] { 0x1B, 0x40, (byte)'o', (byte)'k' }, stop.Token);
        await printer.WaitAsync(stop.Token);

        Assert.True(status.IsReady);
        Assert.Equal(Bytes.Of(0x10, 4, 1, 0x10, 4, 2, 0x10, 4, 4, 0x1B, 0x40, 'o', 'k'), received.ToArray());
    }
}
