using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Warehouse.Hardware.EscPos;
using Warehouse.Hardware.Zpl;

namespace Warehouse.Hardware.Simulation;

/// <summary>
/// A virtual network printer, ESC/POS or ZPL (<see cref="PrinterSimulatorOptions.Language"/>). Every connection is one
/// job: its bytes are decoded with <see cref="EscPosDecoder"/> or <see cref="ZplDecoder"/> and written as job-NNNN.bin
/// and job-NNNN.txt. Status requests — DLE EOT to a receipt printer, ~HS to a label printer — are answered at once
/// with the status of the current <see cref="Mode"/>.
/// </summary>
public sealed partial class PrinterSimulator(PrinterSimulatorOptions options) : IAsyncDisposable
{
    private readonly Channel<SimulatedJob> _jobs = Channel.CreateBounded<SimulatedJob>(
        new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });
    private readonly List<Task> _connections = [];
    private readonly CancellationTokenSource _stopping = new();
    private TcpListener? _listener;
    private Task? _accepting;
    private int _lastJob;
    private volatile SimulatedPrinterMode _mode = options.Mode;

    /// <summary>What the printer currently pretends; may be changed while it runs.</summary>
    public SimulatedPrinterMode Mode
    {
        get => _mode;
        set => _mode = value;
    }

    /// <summary>The port it listens on (the real one when <see cref="PrinterSimulatorOptions.Port"/> was 0).</summary>
    public int Port { get; private set; }

    /// <summary>The printer URI to give to a transport, e.g. tcp://127.0.0.1:9100.</summary>
    public string Address => $"tcp://{(options.BindAddress.Equals(IPAddress.Any) ? IPAddress.Loopback : options.BindAddress)}:{Port}";

    /// <summary>Starts listening.</summary>
    /// <exception cref="SocketException">The port is in use.</exception>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (options.OutputDirectory is { } directory)
        {
            Directory.CreateDirectory(directory);
            _lastJob = Directory.EnumerateFiles(directory, "job-*.bin")
                .Select(path => JobFileName().Match(Path.GetFileName(path)))
                .Where(match => match.Success)
                .Select(match => int.Parse(match.Groups[1].Value))
                .DefaultIfEmpty(0)
                .Max();
        }
        _listener = new TcpListener(options.BindAddress, options.Port);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    /// <summary>Waits for the next completed job (the last 64 unread jobs are kept).</summary>
    public ValueTask<SimulatedJob> ReadJobAsync(CancellationToken cancellationToken = default) =>
        _jobs.Reader.ReadAsync(cancellationToken);

    /// <summary>Stops listening and closes open connections, completing their jobs.</summary>
    public async Task StopAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }
        await _stopping.CancelAsync();
        _listener?.Stop();
        if (_accepting is not null)
        {
            await _accepting;
        }
        Task[] open;
        lock (_connections)
        {
            open = [.. _connections];
        }
        await Task.WhenAll(open);
    }

    /// <summary>Same as <see cref="StopAsync"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stopping.Dispose();
    }

    private async Task AcceptAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener!.AcceptTcpClientAsync(stopping);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            lock (_connections)
            {
                _connections.RemoveAll(task => task.IsCompleted);
                _connections.Add(ServeAsync(client, stopping));
            }
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken stopping)
    {
        using var _ = client;
        var stream = client.GetStream();
        var received = new MemoryStream();
        var buffer = new byte[8192];
        var requests = new StatusRequestScanner(options.Language);
        while (true)
        {
            int read;
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            idle.CancelAfter(options.IdleTimeout);
            try
            {
                read = await stream.ReadAsync(buffer, idle.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException)
            {
                break;
            }
            if (read == 0)
            {
                break;
            }
            received.Write(buffer, 0, read);
            foreach (var answer in requests.Scan(buffer.AsSpan(0, read), _mode))
            {
                await AnswerAsync(stream, answer);
            }
        }
        if (received.Length > requests.Count * StatusRequestScanner.RequestLength)
        {
            await CompleteJobAsync(received.ToArray());
        }
    }

    // A client that hung up is noticed by the next read, which ends the job.
    private static async Task AnswerAsync(NetworkStream stream, byte[] answer)
    {
        try
        {
            await stream.WriteAsync(answer);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
        }
    }

    private async Task CompleteJobAsync(byte[] data)
    {
        var number = Interlocked.Increment(ref _lastJob);
        var printed = _mode == SimulatedPrinterMode.Healthy;
        var text = options.Language == PrinterLanguage.Zpl
            ? ZplDecoder.Decode(data).Text
            : EscPosDecoder.Decode(data, options.Width, options.ChineseDefault).Text;
        string? binPath = null, textPath = null;
        if (printed && options.OutputDirectory is { } directory)
        {
            binPath = Path.Combine(directory, $"job-{number:0000}.bin");
            textPath = Path.Combine(directory, $"job-{number:0000}.txt");
            await File.WriteAllBytesAsync(binPath, data);
            await File.WriteAllTextAsync(textPath, text, new UTF8Encoding(false));
        }
        await _jobs.Writer.WriteAsync(new SimulatedJob(number, printed, data, text, binPath, textPath));
    }

    [GeneratedRegex(@"^job-(\d+)\.bin$")]
    private static partial Regex JobFileName();
}
