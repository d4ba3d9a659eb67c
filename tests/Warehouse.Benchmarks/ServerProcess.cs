using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Warehouse.Benchmarks;

/// The web app as its own process on a loopback port, on a fresh database, as an operator would run it.
public sealed class ServerProcess : IAsyncDisposable
{
    public const string StationKey = "wh_benchmark_station_key_0000000000000000";

    private readonly Process _process;

    private ServerProcess(Process process, string baseUrl, TimeSpan startup)
    {
        _process = process;
        BaseUrl = baseUrl;
        Startup = startup;
    }

    public string BaseUrl { get; }

    /// The app's process, for its CPU time.
    public int ProcessId => _process.Id;
    public TimeSpan Startup { get; }

    /// Starts the app and waits for it to be healthy, up to <paramref name="patience"/> (a minute unless given).
    public static async Task<ServerProcess> StartAsync(string databasePath, bool seed = true,
        IReadOnlyDictionary<string, string>? settings = null, TimeSpan? patience = null)
    {
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var dll = Path.Combine(AppContext.BaseDirectory, "Warehouse.Web.dll");
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_URLS"] = baseUrl;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ConnectionStrings__Warehouse"] = $"Data Source={databasePath}";
        info.Environment["Demo__StationKey"] = StationKey;
        info.Environment["Demo__Seed"] = seed ? "true" : "false";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
            info.Environment[name] = value;
        var watch = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the web app.");
        var inError = false;
        // The app logs to standard output; its errors (and the exception lines under them) are shown, so a failure says why.
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
                return;
            if (e.Data.Length > 10 && DateOnly.TryParseExact(e.Data[..10], "yyyy-MM-dd", out DateOnly _))
                inError = e.Data.Contains("[ERR]", StringComparison.Ordinal) || e.Data.Contains("[FTL]", StringComparison.Ordinal);
            if (inError)
                Console.Error.WriteLine("  [app] " + e.Data);
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("  [app] " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var wait = patience ?? TimeSpan.FromSeconds(60);
        while (watch.Elapsed < wait)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The web app exited with {process.ExitCode} during start-up.");
            try
            {
                if ((await http.GetAsync(baseUrl + "/health")).StatusCode == HttpStatusCode.OK)
                    return new ServerProcess(process, baseUrl, watch.Elapsed);
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(20);
        }
        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"The web app did not become healthy within {wait.TotalSeconds:0} s.");
    }

    /// Resident set size of the app's process, from /proc (Linux).
    public double ResidentMegabytes()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(status.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
    }

    private bool _disposed;

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;
        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    /// A loopback port nobody listens on now.
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
