using Warehouse.Hardware.EscPos;
using Warehouse.Hardware.Transports;

namespace Warehouse.Hardware.Tool;

/// <summary>
/// The warehouse-hw commands. Exit codes: 0 done, 1 the device failed or is not ready (or the server cannot be reached with
/// --once), 2 usage error, 3 the server refused the station key.
/// </summary>
public static class Cli
{
    /// <summary>The usage text.</summary>
    public const string Usage = """
        Usage: warehouse-hw COMMAND ...

          printer-sim --port 9100 --out DIR [--width 58|80|80-512] [--mode paper-out|offline|cover-open] [--bind ADDRESS] [--chinese-default] [--zpl]
              Run a virtual ESC/POS printer (with --zpl a ZPL label printer answering ~HS) until Ctrl+C;
              every job is saved as DIR/job-NNNN.bin and .txt.
          test-print PRINTER-URI [--width 58|80]
              Print a test receipt (Chinese and English text, Code 128, QR) with the printer's status.
          status PRINTER-URI
              Show the printer's real-time status (exit code 1 when it cannot print).
          label code128|qr|datamatrix DATA --out FILE.svg|FILE.png [--gs1]
              Render a barcode label; with --gs1 DATA is "(01)…(17)…(10)…(21)…" and code128 draws GS1-128,
              datamatrix GS1 Data Matrix (both by ZXing.Net).
          scan serial:///dev/ttyACM0?baud=9600
              Print every scan from a serial scanner, parsed, until Ctrl+C.
          agent --server https://HOST --key STATION_KEY --printer NAME=PRINTER-URI [--printer ...] [--scanner SCANNER-URI] [--once]
              Drive the station's printers (and scanner) for the server: connects out only, prints the station's jobs,
              forwards scans to its scan box, reconnects with back-off. --once prints what is queued and exits.
              Exit code 3: the server refused the key.

        PRINTER-URI: tcp://host:9100, serial:///dev/ttyUSB0?baud=19200, file:///dev/usb/lp0
        """;

    /// <summary>Runs one command line.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            if (args.Length == 0)
            {
                throw new UsageException("Missing command.");
            }
            if (args[0] is "-h" or "--help" or "help")
            {
                output.WriteLine(Usage);
                return 0;
            }
            var rest = args.Skip(1);
            return args[0] switch
            {
                "printer-sim" => await PrinterSimCommand.RunAsync(Arguments.Parse(rest, "--port", "--out", "--width", "--mode", "--bind", "--chinese-default", "--zpl"), output, cancellationToken),
                "test-print" => await TestPrintCommand.RunAsync(Arguments.Parse(rest, "--width"), output, error, cancellationToken),
                "status" => await StatusCommand.RunAsync(Arguments.Parse(rest), output, error, cancellationToken),
                "label" => LabelCommand.Run(Arguments.Parse(rest, "--out", "--gs1"), output),
                "scan" => await ScanCommand.RunAsync(Arguments.Parse(rest), output, error, cancellationToken),
                "agent" => await Agent.AgentCommand.RunAsync(
                    Arguments.Parse(rest, "--server", "--key", "--printer", "--scanner", "--once"), output, error, cancellationToken),
                _ => throw new UsageException($"Unknown command \"{args[0]}\"."),
            };
        }
        catch (UsageException e)
        {
            error.WriteLine($"error: {e.Message}");
            error.WriteLine();
            error.WriteLine(Usage);
            return 2;
        }
        catch (PrinterException e)
        {
            error.WriteLine($"error ({e.Failure}): {e.Message}");
            return e.Failure == PrinterFailure.InvalidAddress ? 2 : 1;
        }
    }

    internal static PaperWidth Width(Arguments arguments)
    {
        var text = arguments.Option("--width");
        if (text is null)
        {
            return PaperWidth.Mm80;
        }
        return PaperWidths.TryParse(text, out var width) ? width : throw new UsageException($"--width must be 58, 80 or 80-512, not \"{text}\".");
    }
}
