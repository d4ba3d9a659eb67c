using System.Net;

namespace Warehouse.Web.Tests.Setup;

/// Where users exist (here, the demo's) there is no set-up page and no link, whatever the token.
public sealed class SetupClosedTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Theory]
    [InlineData("/Setup")]
    [InlineData("/Setup?token=anything")]
    public async Task A_database_with_users_has_no_set_up_page(string path)
    {
        var page = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }
}

/// The set-up page is rate limited per address like the login: guessing tokens is cut off after a few tries a minute.
public sealed class SetupRateLimitTests : IDisposable
{
    private readonly ThrottledFirstRunFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task After_the_allowed_tries_in_a_minute_the_set_up_page_answers_too_many_requests()
    {
        var token = _app.SetupToken();
        var client = _app.Browser();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Setup?token=guess{i}")).StatusCode);

        var blocked = await client.GetAsync($"/Setup?token={token}");

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
    }
}

/// The console shows the set-up link beside the address, so the person starting the service sees it at once.
public sealed class SetupLinkBannerTests
{
    [Fact]
    public async Task The_start_up_banner_prints_the_one_time_set_up_link_when_there_is_one()
    {
        using var app = new FirstRunFactory();
        var token = app.SetupToken();
        await using var db = app.NewDbContext();
        var output = new StringWriter();
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();

        await new Warehouse.Web.Infrastructure.StartupBanner(db, configuration, ["http://+:6124"], output)
            .PrintAsync(null, null, $"http://localhost:6124/Setup?token={token}");

        Assert.Contains($"    http://localhost:6124/Setup?token={token}", output.ToString());
        Assert.Contains("No users yet", output.ToString());
    }
}
