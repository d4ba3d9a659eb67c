using System.Net.Sockets;
using Warehouse.Hardware.Transports;

namespace Warehouse.Hardware.Zpl;

/// <summary>
/// Sends <c>~HS</c> to a network label printer and reads its three status strings. A connection of its own, so
/// that a job's transport never has to tell ESC/POS status bytes from ZPL status strings.
/// </summary>
internal static class HostStatusQuery
{
    public static async Task<PrinterStatus> QueryAsync(string address, PrinterTransportOptions options, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != "tcp")
        {
            // Validates the address the same way a job would, and explains a bad one.
            await PrinterTransports.Create(address, options).DisposeAsync();
            throw new PrinterException(PrinterFailure.StatusUnavailable, address,
                $"The label printer at {address} cannot be asked for its status: only network printers (tcp://) answer ~HS.");
        }
        var port = uri.IsDefaultPort || uri.Port < 0 ? 9100 : uri.Port;
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await ConnectAsync(socket, uri.Host, port, address, options, cancellationToken);
        var answer = new MemoryStream();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.StatusTimeout);
        try
        {
            await socket.SendAsync(ZplHostStatus.Request, SocketFlags.None, timeout.Token);
            var buffer = new byte[256];
            while (!ZplHostStatus.IsComplete(answer.ToArray()))
            {
                var read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
                if (read == 0)
                {
                    break;
                }
                answer.Write(buffer, 0, read);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && answer.Length == 0)
        {
            // Many ZPL emulations take jobs but never answer ~HS: they cannot tell, which is not a fault.
            throw new PrinterException(PrinterFailure.StatusUnavailable, address,
                $"The label printer at {address} did not answer ~HS within {options.StatusTimeout.TotalSeconds:0.#} s; it may not support host status.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Part of an answer came: it is judged below like a whole one.
        }
        catch (SocketException e)
        {
            throw new PrinterException(PrinterFailure.Disconnected, address, $"The connection to the label printer at {address} broke ({e.SocketErrorCode}).", e);
        }
        return ZplHostStatus.Parse(answer.ToArray()) ?? throw new PrinterException(PrinterFailure.BadResponse, address,
            $"The label printer at {address} answered ~HS with {ZplHostStatus.Describe(answer.ToArray())}.");
    }

    private static async Task ConnectAsync(Socket socket, string host, int port, string address, PrinterTransportOptions options,
        CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectTimeout);
        try
        {
            await socket.ConnectAsync(host, port, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PrinterException(PrinterFailure.Timeout, address,
                $"The label printer at {address} did not accept a connection in time; check that it is on and on the network.");
        }
        catch (SocketException e)
        {
            throw new PrinterException(PrinterFailure.Unreachable, address, $"The label printer at {address} cannot be reached ({e.SocketErrorCode}).", e);
        }
    }
}
