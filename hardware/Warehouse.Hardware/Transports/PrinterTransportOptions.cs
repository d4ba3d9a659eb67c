namespace Warehouse.Hardware.Transports;

/// <summary>Timeouts of printer transports.</summary>
public sealed record PrinterTransportOptions
{
    /// <summary>How long to wait for a TCP connection or for a serial port to open (default 5 s).</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a write may make no progress before it fails with <see cref="PrinterFailure.Timeout"/>
    /// (default 10 s). Data goes out in 4 KiB chunks, so a large job on a slow line does not time out.
    /// </summary>
    public TimeSpan WriteTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait for each status byte (default 2 s).</summary>
    public TimeSpan StatusTimeout { get; init; } = TimeSpan.FromSeconds(2);

    internal const int ChunkSize = 4096;

    internal static readonly byte[][] StatusRequests = [[0x10, 0x04, 1], [0x10, 0x04, 2], [0x10, 0x04, 4]];

    internal static string Describe(TimeSpan timeout) =>
        timeout.TotalSeconds >= 1 ? $"{timeout.TotalSeconds:0.#} s" : $"{timeout.TotalMilliseconds:0} ms";
}
