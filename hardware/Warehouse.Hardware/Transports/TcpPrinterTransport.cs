using System.Net.Sockets;

namespace Warehouse.Hardware.Transports;

/// <summary>A network printer on a raw TCP port (usually 9100). One connection, reopened after a failure.</summary>
internal sealed class TcpPrinterTransport(string host, int port, PrinterTransportOptions options) : IPrinterTransport
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Socket? _socket;

    public string Address => $"tcp://{host}:{port}";

    public async Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var socket = await ConnectedAsync(cancellationToken);
            for (var offset = 0; offset < data.Length; offset += PrinterTransportOptions.ChunkSize)
            {
                var chunk = data.Slice(offset, Math.Min(PrinterTransportOptions.ChunkSize, data.Length - offset));
                await SendAsync(socket, chunk, options.WriteTimeout,
                    $"The printer at {Address} stopped accepting data: nothing could be sent for {PrinterTransportOptions.Describe(options.WriteTimeout)} (paper out, cover open or jammed?).",
                    cancellationToken);
            }
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
            var socket = await ConnectedAsync(cancellationToken);
            DiscardUnread(socket);
            var answers = new byte[3];
            for (var i = 0; i < answers.Length; i++)
            {
                var request = PrinterTransportOptions.StatusRequests[i];
                await SendAsync(socket, request, options.StatusTimeout, $"The printer at {Address} did not take the status request.", cancellationToken);
                answers[i] = await ReceiveStatusByteAsync(socket, request[2], cancellationToken);
            }
            return PrinterStatus.FromResponses(answers[0], answers[1], answers[2]);
        }
        finally
        {
            _gate.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        if (_socket is { } socket)
        {
            try
            {
                socket.Shutdown(SocketShutdown.Both);
            }
            catch (SocketException)
            {
                // Already reset by the printer; nothing left to flush.
            }
            socket.Dispose();
            _socket = null;
        }
        _gate.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<Socket> ConnectedAsync(CancellationToken cancellationToken)
    {
        if (_socket is { } existing && !ClosedByPeer(existing))
        {
            return existing;
        }
        Drop();
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectTimeout);
        try
        {
            await socket.ConnectAsync(host, port, timeout.Token);
            _socket = socket;
            return socket;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new PrinterException(PrinterFailure.Timeout, Address,
                $"The printer at {Address} did not accept a connection within {PrinterTransportOptions.Describe(options.ConnectTimeout)}; check that it is on and on the network.");
        }
        catch (SocketException e)
        {
            socket.Dispose();
            var reason = e.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => "refused the connection (is it switched on, and is the port right?)",
                SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "cannot be found: the host name does not resolve",
                SocketError.HostUnreachable or SocketError.NetworkUnreachable => "cannot be reached: no route to the host",
                _ => $"cannot be reached ({e.SocketErrorCode})",
            };
            throw new PrinterException(PrinterFailure.Unreachable, Address, $"The printer at {Address} {reason}.", e);
        }
    }

    private async Task SendAsync(Socket socket, ReadOnlyMemory<byte> data, TimeSpan limit, string timeoutMessage, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            while (data.Length > 0)
            {
                var sent = await socket.SendAsync(data, SocketFlags.None, timeout.Token);
                data = data[sent..];
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Drop();
            throw new PrinterException(PrinterFailure.Timeout, Address, timeoutMessage);
        }
        catch (SocketException e)
        {
            Drop();
            throw new PrinterException(PrinterFailure.Disconnected, Address, $"The connection to the printer at {Address} broke ({e.SocketErrorCode}).", e);
        }
    }

    private async Task<byte> ReceiveStatusByteAsync(Socket socket, byte function, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.StatusTimeout);
        var answer = new byte[1];
        try
        {
            if (await socket.ReceiveAsync(answer, SocketFlags.None, timeout.Token) == 0)
            {
                Drop();
                throw new PrinterException(PrinterFailure.Disconnected, Address, $"The printer at {Address} closed the connection instead of answering DLE EOT {function}.");
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Drop();
            throw new PrinterException(PrinterFailure.Timeout, Address,
                $"The printer at {Address} did not answer the status request DLE EOT {function} within {PrinterTransportOptions.Describe(options.StatusTimeout)}; it may not support real-time status.");
        }
        catch (SocketException e)
        {
            Drop();
            throw new PrinterException(PrinterFailure.Disconnected, Address, $"The connection to the printer at {Address} broke ({e.SocketErrorCode}).", e);
        }
        if (!PrinterStatus.IsStatusByte(answer[0]))
        {
            Drop();
            throw new PrinterException(PrinterFailure.BadResponse, Address, $"The printer at {Address} answered DLE EOT {function} with 0x{answer[0]:X2}, which is not an ESC/POS status byte.");
        }
        return answer[0];
    }

    // Stray bytes (automatic status back, earlier answers) would be taken for the next status answer.
    private static void DiscardUnread(Socket socket)
    {
        var buffer = new byte[256];
        while (socket.Available > 0)
        {
            socket.Receive(buffer);
        }
    }

    private static bool ClosedByPeer(Socket socket)
    {
        try
        {
            return socket.Poll(0, SelectMode.SelectRead) && socket.Available == 0;
        }
        catch (SocketException)
        {
            return true;
        }
    }

    private void Drop()
    {
        _socket?.Dispose();
        _socket = null;
    }
}
