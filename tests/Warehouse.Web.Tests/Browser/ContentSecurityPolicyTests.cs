using Microsoft.Playwright;

namespace Warehouse.Web.Tests.Browser;

/// The main pages, as each role sees them, run under the Content-Security-Policy without a single violation.
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Pages =
    [
        "/", "/Stock", "/Stock?view=detail", "/Stock/Ledger", "/Stock/Receive", "/Stock/Issue", "/Requests", "/Requests/Create", "/Board",
        "/Deliver", "/Workflow", "/Reports/TransferTimes", "/PrintJobs", "/Printers", "/Labels", "/Stations", "/Items", "/Depots",
        "/Locations", "/Quotas", "/Departments", "/Audit", "/Map",
    ];

    [BrowserTheory]
    [InlineData("admin")]
    [InlineData("manager")]
    [InlineData("keeper")]
    [InlineData("dept")]
    [InlineData("auditor")]
    public async Task The_main_pages_run_without_a_content_security_policy_violation(string user)
    {
        var page = await fixture.SignedInPageAsync(user);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.StartsWith("CSP violation"))
                violations.Add($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => violations.Add($"{page.Url}: {error}");
        await page.Context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));");

        foreach (var url in Pages)
        {
            await page.GotoAsync(url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.Empty(violations);
    }
}
