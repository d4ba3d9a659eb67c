namespace Warehouse.Hardware.Transports;

/// <summary>
/// Where print jobs go. Every operation finishes within its timeout or throws
/// <see cref="PrinterException"/>; disposing closes the connection (ending the job on a network printer).
/// </summary>
public interface IPrinterTransport : IAsyncDisposable
{
    /// <summary>The printer URI, for messages.</summary>
    string Address { get; }

    /// <summary>Sends bytes to the printer, connecting (or reconnecting) first if needed.</summary>
    /// <exception cref="PrinterException">Unreachable, Timeout (no progress within the write timeout) or Disconnected.</exception>
    Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default);

    /// <summary>Asks the printer for its real-time status (DLE EOT 1, 2 and 4).</summary>
    /// <exception cref="PrinterException">Unreachable, Timeout, BadResponse or StatusUnavailable.</exception>
    Task<PrinterStatus> GetStatusAsync(CancellationToken cancellationToken = default);
}
