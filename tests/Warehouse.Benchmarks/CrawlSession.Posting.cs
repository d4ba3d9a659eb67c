using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Warehouse.Benchmarks;

/// What a signed-in person sends: a form as the page posts it, and a JSON call as the pages' scripts make it (with
/// the antiforgery token in the RequestVerificationToken header).
public sealed partial class CrawlSession
{
    private string? _apiToken;

    /// The form of the page at <paramref name="path"/> whose action starts with <paramref name="action"/>: its fields
    /// as the page fills them in (hidden fields and the proposed values), with the page's antiforgery token.
    public async Task<List<KeyValuePair<string, string>>> FormAsync(string path, string action)
    {
        var (status, page) = await GetAsync(path);
        var start = page.IndexOf($"action=\"{action}", StringComparison.Ordinal);
        if (status != HttpStatusCode.OK || start < 0)
            throw new InvalidOperationException($"{path} answered {(int)status} without a form for {action}.");
        var form = page[start..page.IndexOf("</form>", start, StringComparison.Ordinal)];
        return Field().Matches(form).Select(m => KeyValuePair.Create(WebUtility.HtmlDecode(m.Groups[1].Value),
            WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
    }

    /// Posts a form; the status and where it redirects to (a refused form is shown again, 200, with its problem).
    public async Task<(HttpStatusCode Status, string Body)> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var request = Request(HttpMethod.Post, path);
        request.Content = new FormUrlEncodedContent(fields);
        using var response = await _http.SendAsync(request);
        Keep(response);
        return (response.StatusCode, response.Headers.Location?.OriginalString ?? await response.Content.ReadAsStringAsync());
    }

    /// A JSON call with the session's cookies and antiforgery token.
    public async Task<(HttpStatusCode Status, string Body)> PostJsonAsync(string path, object? body)
    {
        if (_apiToken is null)
        {
            var (_, home) = await GetAsync("/");
            _apiToken = Token().Match(home) is { Success: true } match ? match.Groups[1].Value
                : throw new InvalidOperationException("The home page carries no antiforgery token.");
        }
        using var request = Request(HttpMethod.Post, path);
        request.Headers.Add("RequestVerificationToken", _apiToken);
        request.Content = JsonContent.Create(body);
        using var response = await _http.SendAsync(request);
        Keep(response);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<input[^>]*?name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"")]
    private static partial Regex Field();
}
