using System.IO.Ports;

namespace Warehouse.Hardware.Transports;

/// <summary>A printer on a serial line (RS-232 or USB-serial), through System.IO.Ports.</summary>
internal sealed class SerialPrinterTransport(SerialAddress serial, string address, PrinterTransportOptions options) : IPrinterTransport
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SerialPort? _port;

    public string Address => address;

    public async Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var port = await OpenAsync(cancellationToken);
            await Task.Run(() =>
            {
                for (var offset = 0; offset < data.Length; offset += PrinterTransportOptions.ChunkSize)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var chunk = data.Slice(offset, Math.Min(PrinterTransportOptions.ChunkSize, data.Length - offset)).ToArray();
                    Guard(() => port.Write(chunk, 0, chunk.Length),
                        $"The printer at {Address} stopped accepting data: nothing could be sent for {PrinterTransportOptions.Describe(options.WriteTimeout)} (paper out, cover open, or flow control wrong?).");
                }
            }, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<PrinterStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var port = await OpenAsync(cancellationToken);
            return await Task.Run(() =>
            {
                port.DiscardInBuffer();
                var answers = new byte[3];
                for (var i = 0; i < answers.Length; i++)
                {
                    var request = PrinterTransportOptions.StatusRequests[i];
                    var timeoutMessage = $"The printer at {Address} did not answer the status request DLE EOT {request[2]} within {PrinterTransportOptions.Describe(options.StatusTimeout)}; it may be off or not support real-time status.";
                    Guard(() => port.Write(request, 0, request.Length), timeoutMessage);
                    answers[i] = (byte)Guard(port.ReadByte, timeoutMessage);
                    if (!PrinterStatus.IsStatusByte(answers[i]))
                    {
                        throw new PrinterException(PrinterFailure.BadResponse, Address,
                            $"The printer at {Address} answered DLE EOT {request[2]} with 0x{answers[i]:X2}, which is not an ESC/POS status byte (wrong baud rate?).");
                    }
                }
                return PrinterStatus.FromResponses(answers[0], answers[1], answers[2]);
            }, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        _port?.Dispose();
        _port = null;
        _gate.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<SerialPort> OpenAsync(CancellationToken cancellationToken)
    {
        if (_port is { IsOpen: true })
        {
            return _port;
        }
        _port?.Dispose();
        var port = serial.CreatePort(options.StatusTimeout, options.WriteTimeout);
        var open = Task.Run(port.Open, cancellationToken);
        if (await Task.WhenAny(open, Task.Delay(options.ConnectTimeout, cancellationToken)) != open)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _ = open.ContinueWith(_ => port.Dispose(), TaskScheduler.Default);
            throw new PrinterException(PrinterFailure.Timeout, Address, $"Opening {serial.PortName} took longer than {PrinterTransportOptions.Describe(options.ConnectTimeout)}.");
        }
        try
        {
            await open;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            port.Dispose();
            var reason = e is UnauthorizedAccessException
                ? "is in use or not permitted (is the user in the dialout group?)"
                : "cannot be opened (is the printer plugged in?)";
            throw new PrinterException(PrinterFailure.Unreachable, Address, $"Serial port {serial.PortName} {reason}: {e.Message}", e);
        }
        _port = port;
        return port;
    }

    private T Guard<T>(Func<T> operation, string timeoutMessage)
    {
        try
        {
            return operation();
        }
        catch (TimeoutException e)
        {
            throw new PrinterException(PrinterFailure.Timeout, Address, timeoutMessage, e);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            _port?.Dispose();
            _port = null;
            throw new PrinterException(PrinterFailure.Disconnected, Address, $"The serial connection to the printer at {Address} broke: {e.Message}", e);
        }
    }

    private void Guard(Action operation, string timeoutMessage) => Guard(() =>
    {
        operation();
        return 0;
    }, timeoutMessage);
}
