using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Warehouse.Web.Tests.Operations;

/// The web app as a process of its own (`dotnet Warehouse.Web.dll`), configured by environment variables as an
/// operator would, on a loopback port; killed with its children when disposed.
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private AppProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// What the app wrote, for a failing test's message.
    public string Log
    {
        get
        {
            lock (_log)
                return _log.ToString();
        }
    }

    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Warehouse.Web.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_URLS"] = baseUrl;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["DOTNET_USE_POLLING_FILE_WATCHER"] = "true";
        foreach (var (key, value) in settings)
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var app = new AppProcess(Process.Start(info) ?? throw new InvalidOperationException("The app did not start."), baseUrl);
        app._process.OutputDataReceived += (_, e) => app.Append(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        await app.WaitUntilReadyAsync();
        return app;
    }

    /// A client of this instance that keeps cookies in the given jar (share a jar to carry a sign-in across instances).
    public HttpClient Client(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new CookieContainer(), UseCookies = true })
        {
            BaseAddress = new Uri(BaseUrl),
            Timeout = TimeSpan.FromSeconds(60),
        };

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_log)
            _log.AppendLine(line);
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(300))
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The app exited with {_process.ExitCode} while starting:\n{Log}");
            try
            {
                if ((await http.GetAsync(BaseUrl + "/health/ready")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        await DisposeAsync();
        throw new TimeoutException($"The app was not ready within 300 s:\n{Log}");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
