using System.Net;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Constants;

namespace Warehouse.Web.Tests.Setup;

/// On a database with no users the start-up logs a one-time link; the page behind it creates the first administrator
/// and the bureau, then is gone for good.
public sealed class FirstRunSetupTests : IDisposable
{
    private const string StrongPassword = "Reserve#Depot-2026";
    private readonly FirstRunFactory _app = new();

    public void Dispose() => _app.Dispose();

    private Dictionary<string, string> Form(string token, string password = StrongPassword, string zone = "Asia/Shanghai") => new()
    {
        ["Token"] = token, ["UserName"] = "chief", ["DisplayName"] = "王主任", ["Password"] = password, ["Confirm"] = password,
        ["BureauName"] = "临江市应急管理局", ["TimeZone"] = zone,
    };

    private Task<HttpResponseMessage> PostAsync(HttpClient client, string token, Dictionary<string, string> form) =>
        client.PostFormAsync($"/Setup?token={token}", "/Setup", form);

    [Fact]
    public async Task The_link_the_first_start_logs_opens_the_set_up_page()
    {
        var token = _app.SetupToken();

        var page = await _app.Browser().GetAsync($"/Setup?token={token}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("首次设置", html);
        Assert.Contains("Asia/Shanghai", html);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?token=")]
    [InlineData("?token=not-the-token")]
    public async Task Without_the_right_token_there_is_no_set_up_page(string query)
    {
        _ = _app.SetupToken();

        var page = await _app.Browser().GetAsync("/Setup" + query);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task The_set_up_creates_the_administrator_and_the_bureau_offers_two_step_sign_in_and_then_closes_for_good()
    {
        var token = _app.SetupToken();
        var browser = _app.Browser();

        var done = await PostAsync(browser, token, Form(token));

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("/Account/TwoFactor", done.Headers.Location?.OriginalString);
        await using (var db = _app.NewDbContext())
        {
            var admin = await db.Users.SingleAsync();
            Assert.Equal("chief", admin.UserName);
            var adminRole = await db.Roles.SingleAsync(r => r.Name == Roles.Administrator);
            Assert.True(await db.UserRoles.AnyAsync(r => r.UserId == admin.Id && r.RoleId == adminRole.Id));
            var bureau = await db.Bureaus.SingleAsync();
            Assert.Equal(("临江市应急管理局", "Asia/Shanghai"), (bureau.Name, bureau.TimeZoneId));
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.BureauSetUp && a.UserName == "chief"));
        }
        var home = await browser.GetStringAsync("/");
        Assert.Contains("<title>", home);
        Assert.Contains("临江市应急管理局</title>", home);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Browser().GetAsync($"/Setup?token={token}")).StatusCode);
    }

    [Fact]
    public async Task A_second_post_with_the_used_link_finds_nothing_and_changes_nothing()
    {
        var token = _app.SetupToken();
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(_app.Browser(), token, Form(token))).StatusCode);

        var again = Form(token);
        again["UserName"] = "intruder";
        var second = await _app.Browser().PostFormAsync("/Account/Login", "/Setup", again);

        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        await using var db = _app.NewDbContext();
        Assert.Equal(["chief"], await db.Users.Select(u => u.UserName).ToListAsync());
    }

    [Fact]
    public async Task A_post_with_a_wrong_token_finds_nothing_and_writes_nothing()
    {
        _ = _app.SetupToken();
        var form = Form("wrong-token-0123456789");

        var refused = await _app.Browser().PostFormAsync("/Account/Login", "/Setup", form);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        await using var db = _app.NewDbContext();
        Assert.False(await db.Users.AnyAsync());
    }

    [Fact]
    public async Task A_password_against_the_policy_is_refused_in_the_page_and_the_link_still_works()
    {
        var token = _app.SetupToken();
        var browser = _app.Browser();

        var refused = await PostAsync(browser, token, Form(token, password: "short"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("密码至少", await refused.Content.ReadAsStringAsync());
        await using (var db = _app.NewDbContext())
            Assert.False(await db.Users.AnyAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(browser, token, Form(token))).StatusCode);
    }

    [Fact]
    public async Task An_unknown_time_zone_is_refused_and_nothing_is_written()
    {
        var token = _app.SetupToken();

        var refused = await PostAsync(_app.Browser(), token, Form(token, zone: "Mars/Olympus"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Mars/Olympus", await refused.Content.ReadAsStringAsync());
        await using var db = _app.NewDbContext();
        Assert.False(await db.Users.AnyAsync());
        Assert.False(await db.Bureaus.AnyAsync());
    }
}
