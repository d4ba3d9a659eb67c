using Warehouse.Hardware.Transports;

namespace Warehouse.Hardware.Tool.Agent;

/// <summary>One printer on the keeper's PC, by the name the server knows it by and the address the agent opens.</summary>
public sealed class AgentPrinter(string name, string address)
{
    /// <summary>The name after --printer (receipt in receipt=serial:///dev/ttyUSB0).</summary>
    public string Name { get; } = name;

    /// <summary>The printer's URI: tcp://, serial:// or file://.</summary>
    public string Address { get; } = address;

    /// <summary>Reads "NAME=URI" as given after --printer.</summary>
    public static AgentPrinter Parse(string text)
    {
        var equals = text.IndexOf('=');
        if (equals <= 0 || equals == text.Length - 1)
        {
            throw new UsageException($"--printer takes NAME=URI (receipt=tcp://192.168.1.50:9100), not \"{text}\".");
        }
        var name = text[..equals].Trim();
        var valid = name.Length <= 40 && char.IsAsciiLetterOrDigit(name[0])
            && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
        if (!valid)
        {
            throw new UsageException($"Printer name \"{name}\" must be 1 to 40 letters, digits, '-', '_' or '.'.");
        }
        var address = text[(equals + 1)..].Trim();
        PrinterTransports.Create(address).DisposeAsync().AsTask().GetAwaiter().GetResult();
        return new AgentPrinter(name, address);
    }

    /// <summary>The status as the server names it: Online, PaperOut, CoverOpen, Error, Offline or Unknown.</summary>
    public async Task<PrinterReport> ReportAsync(CancellationToken cancellationToken)
    {
        await using var transport = PrinterTransports.Create(Address);
        return new PrinterReport(Name, await StatusAsync(transport, cancellationToken));
    }

    /// <summary>
    /// Prints the job: asks first whether the printer can print, writes the bytes, then asks again, so a printer that ran
    /// out of paper halfway is reported and the job printed again whole. Answers null when printed, else why not.
    /// </summary>
    public async Task<string?> PrintAsync(byte[] content, CancellationToken cancellationToken)
    {
        try
        {
            await using var transport = PrinterTransports.Create(Address);
            if (Problem(await StatusAsync(transport, cancellationToken)) is { } before)
            {
                return before;
            }
            await transport.WriteAsync(content, cancellationToken);
            return Problem(await StatusAsync(transport, cancellationToken));
        }
        catch (PrinterException e)
        {
            return $"{e.Failure}: {e.Message}";
        }
    }

    private static string? Problem(string status) => status is "Online" or "Unknown" ? null : status;

    private static async Task<string> StatusAsync(IPrinterTransport transport, CancellationToken cancellationToken)
    {
        try
        {
            var status = await transport.GetStatusAsync(cancellationToken);
            return status.Problem switch
            {
                null => "Online",
                PrinterFailure.PaperOut => "PaperOut",
                PrinterFailure.CoverOpen => "CoverOpen",
                PrinterFailure.PrinterError => "Error",
                _ => "Offline",
            };
        }
        catch (PrinterException e) when (e.Failure == PrinterFailure.StatusUnavailable)
        {
            return "Unknown";
        }
        catch (PrinterException)
        {
            return "Offline";
        }
    }
}
