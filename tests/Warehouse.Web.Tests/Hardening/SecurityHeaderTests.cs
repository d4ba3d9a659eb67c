using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Tests.Hardening;

/// Every response carries the security headers: pages, API answers, static files and error pages alike.
public sealed class SecurityHeaderTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Theory]
    [InlineData("/Stock", true)]
    [InlineData("/api/stock", false)]
    [InlineData("/js/scan-box.js", false)]
    [InlineData("/no-such-page", true)]
    [InlineData("/api/no-such-endpoint", false)]
    [InlineData("/Account/Login", false)]
    public async Task Every_response_carries_the_security_headers(string url, bool signedIn)
    {
        var client = signedIn ? await factory.SignedInClientAsync("auditor") : factory.StationClient();

        var response = await client.GetAsync(url);

        var csp = string.Join(",", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline';", csp.Split("script-src")[1].Split(';')[0] + ";");
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task No_page_carries_an_inline_script_or_event_handler()
    {
        var client = await factory.SignedInClientAsync("admin");
        foreach (var url in new[] { "/Board", "/Deliver", "/Workflow", "/Requests/Create", "/Labels", "/Quotas", "/Locations", "/Stock/Ledger", "/Map" })
        {
            var html = await client.GetStringAsync(url);
            Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)[^>]*>", html);
            Assert.DoesNotMatch(@"\son[a-z]+=""", html);
            Assert.DoesNotContain("javascript:", html);
        }
    }
}
