using System.Net;
using System.Net.Sockets;
using Warehouse.Hardware.Simulation;

namespace Warehouse.Hardware.Tool;

internal static class PrinterSimCommand
{
    public static async Task<int> RunAsync(Arguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Positional.Count > 0)
        {
            throw new UsageException($"printer-sim takes no arguments besides options, got \"{arguments.Positional[0]}\".");
        }
        var portText = arguments.Option("--port") ?? throw new UsageException("printer-sim needs --port (e.g. 9100).");
        if (!int.TryParse(portText, out var port) || port is < 0 or > 65535)
        {
            throw new UsageException($"--port must be a TCP port number, not \"{portText}\".");
        }
        var directory = arguments.Option("--out") ?? throw new UsageException("printer-sim needs --out DIR for the job files.");
        var mode = arguments.Option("--mode") switch
        {
            null or "healthy" => SimulatedPrinterMode.Healthy,
            "paper-out" => SimulatedPrinterMode.PaperOut,
            "offline" => SimulatedPrinterMode.Offline,
            "cover-open" => SimulatedPrinterMode.CoverOpen,
            var other => throw new UsageException($"--mode must be paper-out, offline or cover-open, not \"{other}\"."),
        };
        var bindText = arguments.Option("--bind");
        var bind = IPAddress.Loopback;
        if (bindText is not null && !IPAddress.TryParse(bindText, out bind))
        {
            throw new UsageException($"--bind must be an IP address such as 0.0.0.0, not \"{bindText}\".");
        }
        var options = new PrinterSimulatorOptions
        {
            Port = port,
            OutputDirectory = directory,
            Width = Cli.Width(arguments),
            Mode = mode,
            BindAddress = bind,
            ChineseDefault = arguments.Has("--chinese-default"),
            Language = arguments.Has("--zpl") ? PrinterLanguage.Zpl : PrinterLanguage.EscPos,
        };

        await using var simulator = new PrinterSimulator(options);
        try
        {
            await simulator.StartAsync(cancellationToken);
        }
        catch (SocketException e)
        {
            output.WriteLine($"Cannot listen on {bind}:{port}: {e.Message}");
            return 1;
        }
        var kind = options.Language == PrinterLanguage.Zpl
            ? "ZPL label printer"
            : Warehouse.Hardware.EscPos.PaperWidths.Label(options.Width) + (options.ChineseDefault ? ", Chinese mode at power-on" : "");
        output.WriteLine($"Virtual printer on {simulator.Address} ({kind}, {mode}); jobs go to {Path.GetFullPath(directory)}. Ctrl+C stops.");
        try
        {
            while (true)
            {
                var job = await simulator.ReadJobAsync(cancellationToken);
                var lines = job.Text.Count(c => c == '\n');
                output.WriteLine(job.Printed
                    ? $"job {job.Number:0000}: {job.Data.Length} bytes, {lines} lines -> {job.TextPath}"
                    : $"job {job.Number:0000}: {job.Data.Length} bytes not printed ({simulator.Mode})");
            }
        }
        catch (OperationCanceledException)
        {
            output.WriteLine("Stopped.");
            return 0;
        }
    }
}
