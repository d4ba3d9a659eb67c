using Warehouse.Hardware.Transports;

namespace Warehouse.Hardware.Tool;

internal static class StatusCommand
{
    public static async Task<int> RunAsync(Arguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await using var printer = PrinterTransports.Create(arguments.Single("PRINTER-URI"));
        var status = await printer.GetStatusAsync(cancellationToken);
        output.WriteLine($"{printer.Address}: {status}");
        output.WriteLine($"  online {Yes(status.Online)}, cover open {Yes(status.CoverOpen)}, paper out {Yes(status.PaperOut)}, paper near end {Yes(status.PaperNearEnd)}, error {Yes(status.Error)}");
        if (status.Problem is { } problem)
        {
            error.WriteLine($"Not ready: {problem}.");
            return 1;
        }
        return 0;
    }

    private static string Yes(bool value) => value ? "yes" : "no";
}
