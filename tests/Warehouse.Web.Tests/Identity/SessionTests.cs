using System.Net;

namespace Warehouse.Web.Tests.Identity;

public sealed class SessionTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task A_cookie_copied_before_logout_gets_the_login_page_afterwards()
    {
        var client = factory.ClientFrom("10.3.0.1");
        Assert.Equal(HttpStatusCode.Redirect, (await IdentityFactory.LoginAsync(client, "auditor", WarehouseFactory.Password)).StatusCode);
        var copy = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", SessionCookie(await client.GetAsync("/Stock")));
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/Stock")).StatusCode);

        await client.PostFormAsync("/Stock", "/Account/Logout", new());

        var after = await copy.GetAsync("/Stock");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_session_ends_twelve_hours_after_sign_in_however_busy_it_is()
    {
        var client = factory.ClientFrom("10.3.0.2");
        await IdentityFactory.LoginAsync(client, "dept", WarehouseFactory.Password);
        for (var minutes = 0; minutes < 12 * 60 - 20; minutes += 20)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Stock")).StatusCode);
        }
        factory.Clock.Advance(TimeSpan.FromMinutes(21));

        var refused = await client.GetAsync("/Stock");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/Login", refused.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_session_left_idle_for_half_an_hour_ends()
    {
        var client = factory.ClientFrom("10.3.0.3");
        await IdentityFactory.LoginAsync(client, "keeper", WarehouseFactory.Password);
        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Stock")).StatusCode);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_same_site()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await IdentityFactory.LoginAsync(client, "manager", WarehouseFactory.Password);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Identity.Application="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private static string SessionCookie(HttpResponseMessage any) =>
        string.Join("; ", any.RequestMessage!.Headers.GetValues("Cookie"));
}
