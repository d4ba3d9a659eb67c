using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

/// The API reference page runs in a real browser under the site's Content-Security-Policy, from the app's own files.
[Collection(BrowserCollection.Name)]
public sealed class ApiReferencePageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task The_reference_page_lists_the_api_calls_without_a_console_error_or_a_request_to_another_host()
    {
        var page = await fixture.SignedInPageAsync("admin");
        var errors = new List<string>();
        var foreign = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                errors.Add(message.Text);
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(fixture.App.BaseUrl.TrimEnd('/'), StringComparison.Ordinal) && !request.Url.StartsWith("data:"))
                foreign.Add(request.Url);
        };

        await page.GotoAsync("/api/docs/");
        // The groups open one at a time, as a reader opens them from the sidebar.
        await page.GetByText("Postings").First.ClickAsync(new() { Timeout = 20_000 });
        await page.GetByText("/api/issues").First.WaitForAsync(new() { Timeout = 20_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "api-docs.png"), FullPage = false });

        Assert.Empty(errors);
        Assert.Empty(foreign);
    }
}
