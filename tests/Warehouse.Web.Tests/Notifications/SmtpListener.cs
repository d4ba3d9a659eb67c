using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Warehouse.Web.Tests.Notifications;

/// One mail as the listener received it: its recipients and its raw text.
public sealed record ReceivedMail(IReadOnlyList<string> Recipients, string Data);

/// A tiny SMTP server on a real loopback port: answers EHLO, MAIL, RCPT, DATA and QUIT, and keeps what it was sent.
public sealed class SmtpListener : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public SmtpListener()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public List<ReceivedMail> Mails { get; } = [];

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            await ServeAsync(client.GetStream());
        }
    }

    private async Task ServeAsync(NetworkStream stream)
    {
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 test SMTP");
        var recipients = new List<string>();
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var verb = line.Split(' ', ':')[0].ToUpperInvariant();
            if (verb == "EHLO" || verb == "HELO")
                await writer.WriteLineAsync("250 test");
            else if (verb == "RCPT")
            {
                recipients.Add(line[(line.IndexOf('<') + 1)..line.IndexOf('>')]);
                await writer.WriteLineAsync("250 OK");
            }
            else if (verb == "DATA")
            {
                await writer.WriteLineAsync("354 go on");
                var data = new StringBuilder();
                while (await reader.ReadLineAsync(_stop.Token) is { } text && text != ".")
                    data.Append(text).Append("\r\n");
                lock (Mails)
                    Mails.Add(new ReceivedMail([.. recipients], data.ToString()));
                recipients.Clear();
                await writer.WriteLineAsync("250 queued");
            }
            else if (verb == "QUIT")
            {
                await writer.WriteLineAsync("221 bye");
                return;
            }
            else
                await writer.WriteLineAsync("250 OK");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping the listener ends the accept loop with one of these.
        }
    }
}
