using System.IO.Ports;
using System.Text;

namespace Warehouse.Hardware.Scanning;

/// <summary>A parsed scan from a serial scanner.</summary>
/// <param name="Result">The parsed scan.</param>
/// <param name="ReceivedAt">When its terminator arrived.</param>
public sealed record ScanEventArgs(ScanResult Result, DateTimeOffset ReceivedAt);

/// <summary>The scanner's port was opened or lost.</summary>
/// <param name="Connected">Whether the port is now open.</param>
/// <param name="Message">What happened, e.g. "Scanner on /dev/ttyACM0 disconnected: …; retrying in 1 s".</param>
public sealed record ScannerConnectionEventArgs(bool Connected, string Message);

/// <summary>
/// Reads scans from a serial (or USB-CDC) scanner line by line and raises <see cref="Scanned"/> with
/// each parsed result. When the device disappears it keeps retrying to open the port, waiting
/// longer each time (up to <see cref="SerialScannerOptions.MaxReconnectDelay"/>), until cancelled.
/// </summary>
public sealed class SerialScannerReader(SerialScannerOptions options)
{
    /// <summary>Raised on the reader's task for every complete scan.</summary>
    public event EventHandler<ScanEventArgs>? Scanned;

    /// <summary>Raised when the port opens or fails.</summary>
    public event EventHandler<ScannerConnectionEventArgs>? ConnectionChanged;

    /// <summary>Reads until <paramref name="cancellationToken"/> is cancelled; completes normally then.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var delay = options.ReconnectDelay;
        while (!cancellationToken.IsCancellationRequested)
        {
            string problem;
            try
            {
                using var port = new SerialPort(options.PortName, options.BaudRate, Parity.None, 8, StopBits.One);
                port.Open();
                // Closing the port is what reliably ends a pending read on every platform.
                using var stop = cancellationToken.Register(port.Close);
                delay = options.ReconnectDelay;
                ConnectionChanged?.Invoke(this, new ScannerConnectionEventArgs(true, $"Scanner on {options.PortName} connected."));
                await ReadLinesAsync(port.BaseStream, cancellationToken);
                problem = "the device closed the line";
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
            {
                problem = e.Message;
            }
            ConnectionChanged?.Invoke(this, new ScannerConnectionEventArgs(false,
                $"Scanner on {options.PortName} unavailable: {problem}; retrying in {delay.TotalSeconds:0.#} s."));
            try
            {
                await Task.Delay(delay, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.MaxReconnectDelay.Ticks));
        }
    }

    private async Task ReadLinesAsync(Stream stream, CancellationToken cancellationToken)
    {
        var decoder = Encoding.UTF8.GetDecoder();
        var bytes = new byte[256];
        var chars = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
        var line = new StringBuilder();
        while (true)
        {
            var read = await stream.ReadAsync(bytes, cancellationToken);
            if (read == 0)
            {
                return;
            }
            var count = decoder.GetChars(bytes, 0, read, chars, 0);
            for (var i = 0; i < count; i++)
            {
                line.Append(chars[i]);
                if (TakeLine(line) is { } scan)
                {
                    Scanned?.Invoke(this, new ScanEventArgs(ScanParser.Parse(scan), DateTimeOffset.Now));
                }
            }
        }
    }

    // A complete scan when the buffer ends with the terminator; over-long input is handed on so the
    // parser reports it, instead of growing without bound.
    private string? TakeLine(StringBuilder line)
    {
        string? scan = null;
        if (options.Terminator is { } terminator)
        {
            if (line.Length >= terminator.Length && line.ToString(line.Length - terminator.Length, terminator.Length) == terminator)
            {
                scan = line.ToString(0, line.Length - terminator.Length);
            }
        }
        else if (line[^1] is '\r' or '\n')
        {
            scan = line.ToString(0, line.Length - 1);
            if (scan.Length == 0)
            {
                line.Clear();
                return null;
            }
        }
        if (scan is null && line.Length > ScanParser.MaxLength)
        {
            scan = line.ToString();
        }
        if (scan is not null)
        {
            line.Clear();
        }
        return scan;
    }
}
