using System.Net;
using System.Text.RegularExpressions;

namespace Warehouse.Benchmarks;

/// One signed-in user of the app over plain HTTP on loopback. Cookies are kept by hand: the app marks its cookies
/// Secure, which a cookie container would then not send back over http://.
public sealed partial class CrawlSession : IDisposable
{
    public const string DemoPassword = "Warehouse@2026";

    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);
    private readonly List<string> _exports = [];
    private readonly HttpClient _http;

    private CrawlSession(string baseUrl, TimeSpan patience)
    {
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = patience,
        };
    }

    /// Signs in through the login form, as a person does; a page not answered within <paramref name="patience"/>
    /// (thirty seconds unless given) counts as <see cref="TimedOut"/>.
    public static async Task<CrawlSession> SignInAsync(string baseUrl, string userName, TimeSpan? patience = null)
    {
        var session = new CrawlSession(baseUrl, patience ?? TimeSpan.FromSeconds(30));
        var (_, form) = await session.GetAsync("/Account/Login");
        var token = Token().Match(form) is { Success: true } match ? match.Groups[1].Value
            : throw new InvalidOperationException("The login page carries no antiforgery token.");
        using var request = session.Request(HttpMethod.Post, "/Account/Login");
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = DemoPassword, ["__RequestVerificationToken"] = token,
        });
        using var response = await session._http.SendAsync(request);
        session.Keep(response);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("Login") == true)
            throw new InvalidOperationException($"Signing in as {userName} failed: {(int)response.StatusCode}");
        return session;
    }

    /// A GET with the session's cookies; the status and the body (read fully, as a browser would).
    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var request = Request(HttpMethod.Get, path);
        using var response = await _http.SendAsync(request);
        Keep(response);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body);
    }

    /// A GET whose body is read as bytes and dropped: what the timed requests do.
    /// A page that has not answered within the session's patience counts as <see cref="TimedOut"/>.
    public async Task<HttpStatusCode> FetchAsync(string path)
    {
        using var request = Request(HttpMethod.Get, path);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            if (response.Headers.Location?.OriginalString is { } location && location.Contains("/Exports/Job/", StringComparison.Ordinal))
                _exports.Add(location[(location.LastIndexOf('/') + 1)..]);
            return response.StatusCode;
        }
        catch (TaskCanceledException)
        {
            return TimedOut;
        }
    }

    /// Waits until every background export this session's fetches started has ended, so that the next page is not timed
    /// while workbooks of a hundred thousand rows are written beside it on the same two cores.
    public async Task WaitForExportsAsync()
    {
        foreach (var key in _exports)
        {
            var until = DateTime.UtcNow.AddMinutes(10);
            while (DateTime.UtcNow < until)
            {
                var (status, body) = await GetAsync($"/Exports/Progress/{key}");
                if (status != HttpStatusCode.OK || body.Contains("\"running\":false", StringComparison.Ordinal))
                    break;
                await Task.Delay(500);
            }
        }
        _exports.Clear();
    }

    /// Not an HTTP status: the page did not answer within the session's patience.
    public const HttpStatusCode TimedOut = (HttpStatusCode)599;

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        if (_cookies.Count > 0)
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        return request;
    }

    private void Keep(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var values))
            return;
        foreach (var value in values)
        {
            var pair = value.Split(';', 2)[0];
            var equals = pair.IndexOf('=');
            if (equals > 0)
                _cookies[pair[..equals]] = pair[(equals + 1)..];
        }
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
