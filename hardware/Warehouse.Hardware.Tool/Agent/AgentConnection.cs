using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;

namespace Warehouse.Hardware.Tool.Agent;

/// <summary>The server refused the station key: retrying will not help.</summary>
public sealed class StationKeyRefusedException(string message) : Exception(message);

/// <summary>
/// The agent's calls to the server, all outbound HTTPS with the station key in X-Station-Key. A network failure or a
/// server error throws <see cref="HttpRequestException"/> (the caller backs off and reconnects); a refused key throws
/// <see cref="StationKeyRefusedException"/>.
/// </summary>
public sealed class AgentConnection(HttpClient http)
{
    /// <summary>An HTTP client for <paramref name="server"/> that sends <paramref name="key"/> with every call.</summary>
    public static HttpClient Client(Uri server, string key, HttpMessageHandler? handler = null)
    {
        var client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        client.BaseAddress = server;
        client.Timeout = TimeSpan.FromSeconds(90);
        client.DefaultRequestHeaders.Add("X-Station-Key", key);
        return client;
    }

    /// <summary>Announces the printers; answers how the server knows them.</summary>
    public async Task<Welcome> HelloAsync(Hello hello, CancellationToken cancellationToken)
    {
        using var response = await PostAsync("api/agent/hello", hello, AgentJson.Default.Hello, cancellationToken);
        return (await response.Content.ReadFromJsonAsync(AgentJson.Default.Welcome, cancellationToken))!;
    }

    /// <summary>Asks for the next job, letting the server wait up to <paramref name="waitSeconds"/>; null when none came.</summary>
    public async Task<LeasedJob?> NextAsync(Poll poll, int waitSeconds, CancellationToken cancellationToken)
    {
        using var response = await PostAsync($"api/agent/jobs/next?wait={waitSeconds}", poll, AgentJson.Default.Poll, cancellationToken);
        return response.StatusCode == HttpStatusCode.NoContent
            ? null
            : await response.Content.ReadFromJsonAsync(AgentJson.Default.LeasedJob, cancellationToken);
    }

    /// <summary>Reports the job printed (or, with an error, not printed); false when the server no longer leases it to us.</summary>
    public async Task<bool> ReportAsync(LeasedJob job, JobReport report, CancellationToken cancellationToken)
    {
        var outcome = report.Error is null ? "printed" : "failed";
        using var response = await PostAsync($"api/agent/jobs/{job.Id}/{outcome}", report, AgentJson.Default.JobReport, cancellationToken,
            HttpStatusCode.Conflict);
        return response.StatusCode != HttpStatusCode.Conflict;
    }

    /// <summary>Forwards a scan to the station's open scan box.</summary>
    public async Task ForwardAsync(string code, CancellationToken cancellationToken)
    {
        using var _ = await PostAsync("api/agent/scans", new ForwardedScan(code), AgentJson.Default.ForwardedScan, cancellationToken,
            HttpStatusCode.BadRequest);
    }

    private async Task<HttpResponseMessage> PostAsync<T>(string path, T body, JsonTypeInfo<T> type, CancellationToken cancellationToken,
        HttpStatusCode? accepted = null)
    {
        var response = await http.PostAsJsonAsync(path, body, type, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            response.Dispose();
            throw new StationKeyRefusedException($"The server at {http.BaseAddress} refused the station key (401). "
                + "Check --key: it is shown once when the station is made in /Stations, and stops working when the station is revoked.");
        }
        if (response.IsSuccessStatusCode || response.StatusCode == accepted)
        {
            return response;
        }
        var detail = await response.Content.ReadAsStringAsync(cancellationToken);
        response.Dispose();
        throw new HttpRequestException($"{(int)response.StatusCode} from {path}: {detail}", null, response.StatusCode);
    }
}
