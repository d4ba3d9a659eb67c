using Warehouse.Hardware.Scanning;

namespace Warehouse.Hardware.Tool;

internal static class ScanCommand
{
    public static async Task<int> RunAsync(Arguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        SerialScannerOptions options;
        try
        {
            options = SerialScannerOptions.FromUri(arguments.Single("scanner address"));
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
        var reader = new SerialScannerReader(options);
        reader.ConnectionChanged += (_, e) => error.WriteLine(e.Message);
        reader.Scanned += (_, e) => output.WriteLine(Describe(e.Result));
        output.WriteLine($"Reading scans from {options.PortName} at {options.BaudRate} baud. Ctrl+C stops.");
        await reader.RunAsync(cancellationToken);
        return 0;
    }

    internal static string Describe(ScanResult result) => result.Payload switch
    {
        OwnCode own => $"{own.Kind} {own.Key} ({own})",
        Gs1Code gs1 => "GS1 " + string.Concat(gs1.AllElements.Select(e => $"({e.Key}){e.Value}"))
            + $" -> GTIN {gs1.Gtin14}"
            + (gs1.Lot is null ? "" : $", lot {gs1.Lot}")
            + (gs1.Expiry is null ? "" : $", expiry {gs1.Expiry:yyyy-MM-dd}")
            + (gs1.Serial is null ? "" : $", serial {gs1.Serial}")
            + (gs1.Count is null ? "" : $", count {gs1.Count}"),
        RetailCode retail => $"{retail.Symbology} GTIN {retail.Gtin14}",
        PlainCode plain => $"Text \"{plain.Text}\"",
        _ => $"Error {result.Error!.Kind}: {result.Error.Message}",
    };
}
