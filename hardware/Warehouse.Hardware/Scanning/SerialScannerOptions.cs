using System.Web;
using Warehouse.Hardware.Transports;

namespace Warehouse.Hardware.Scanning;

/// <summary>Settings of a <see cref="SerialScannerReader"/>.</summary>
public sealed record SerialScannerOptions
{
    /// <summary>The port: "/dev/ttyACM0" on Linux, "COM3" on Windows.</summary>
    public required string PortName { get; init; }

    /// <summary>Baud rate (default 9600; USB-CDC scanners ignore it).</summary>
    public int BaudRate { get; init; } = 9600;

    /// <summary>What ends a scan. Null (default): CR, LF or CR LF, empty lines ignored.</summary>
    public string? Terminator { get; init; }

    /// <summary>First wait before reopening a port that failed or disappeared (default 0.5 s); doubles up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest wait between reopen attempts (default 10 s).</summary>
    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Reads <c>serial:///dev/ttyACM0?baud=9600&amp;terminator=cr</c> (terminator: cr, lf, crlf or tab;
    /// default any line end).
    /// </summary>
    /// <exception cref="ArgumentException">Not a serial URI, or a bad baud or terminator.</exception>
    public static SerialScannerOptions FromUri(string address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme != "serial")
        {
            throw new ArgumentException($"\"{address}\" is not a serial port address such as serial:///dev/ttyACM0?baud=9600.", nameof(address));
        }
        if (!SerialAddress.TryParse(uri, out var serial, out var error))
        {
            throw new ArgumentException(error, nameof(address));
        }
        var terminator = HttpUtility.ParseQueryString(uri.Query)["terminator"]?.ToLowerInvariant() switch
        {
            null or "" or "any" => null,
            "cr" => "\r",
            "lf" => "\n",
            "crlf" => "\r\n",
            "tab" => "\t",
            var other => throw new ArgumentException($"terminator={other} is not one of cr, lf, crlf, tab.", nameof(address)),
        };
        return new SerialScannerOptions { PortName = serial.PortName, BaudRate = serial.BaudRate, Terminator = terminator };
    }
}
