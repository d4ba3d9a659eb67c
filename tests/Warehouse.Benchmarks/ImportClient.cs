using System.Net;
using System.Text.RegularExpressions;

namespace Warehouse.Benchmarks;

/// The import page driven as a browser drives it: signed in as the demo administrator, uploading a workbook, waiting
/// for its job's preview, confirming it and waiting for the job to be written.
public sealed partial class ImportClient(HttpClient http)
{
    public static async Task<ImportClient> SignInAsync(string baseUrl)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
            { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(10) };
        var client = new ImportClient(http);
        var response = await client.PostFormAsync("/Account/Login", "/Account/Login",
            new() { ["UserName"] = "admin", ["Password"] = "Warehouse@2026" });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in as admin failed: {response.StatusCode}");
        return client;
    }

    /// The preview page of the uploaded workbook.
    public async Task<string> PreviewAsync(byte[] file)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync("/Admin/Import")), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", "bench.xlsx" },
        };
        return await FinishedAsync(await http.PostAsync("/Admin/Import/Upload", form));
    }

    /// The page after confirming a preview.
    public async Task<string> CommitAsync(string preview)
    {
        var id = ConfirmId().Match(preview) is { Success: true } match ? match.Groups[1].Value
            : throw new InvalidOperationException("The preview offers no confirmation.");
        return await FinishedAsync(await PostFormAsync("/Admin/Import", "/Admin/Import/Confirm", new() { ["id"] = id }));
    }

    /// The job's page once it has stopped running, polled as the page's own script polls (but every 50 ms).
    private async Task<string> FinishedAsync(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
            return await ReadAsync(response);
        var job = response.Headers.Location!.OriginalString;
        while (true)
        {
            var page = await http.GetStringAsync(job);
            if (!page.Contains("data-import-progress=", StringComparison.Ordinal))
                return page;
            await Task.Delay(50);
        }
    }

    private async Task<HttpResponseMessage> PostFormAsync(string page, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(page);
        return await http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    private async Task<string> TokenAsync(string page) =>
        Token().Match(await http.GetStringAsync(page)) is { Success: true } match ? match.Groups[1].Value
            : throw new InvalidOperationException($"{page} has no antiforgery token.");

    private static async Task<string> ReadAsync(HttpResponseMessage response) =>
        response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync()
            : throw new InvalidOperationException($"The import answered {response.StatusCode}.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"id\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex ConfirmId();
}
