using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Warehouse.Data.Seeding;
using Warehouse.Domain.Stations;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Tests.Startup;

/// The demo users have a published password, so the demo data comes only when `Demo:Seed` is true
/// (Development turns it on), and `Demo:StationKey` never rewrites an existing station's key.
public sealed class DemoSwitchTests : IDisposable
{
    private readonly DatabaseFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("Production")]
    [InlineData("Testing")]
    public async Task An_empty_database_started_without_demo_seed_has_no_users_and_no_station(string environment)
    {
        using var app = new StartupApp(_folder.File("empty.db"), environment);
        Assert.Equal(HttpStatusCode.OK, (await app.StartAndCheckHealthAsync()).StatusCode);

        await using var db = app.NewDbContext();
        Assert.False(await db.Users.AnyAsync());
        Assert.False(await db.Stations.AnyAsync());
        Assert.False(await db.Depots.AnyAsync());
    }

    [Fact]
    public async Task An_empty_database_started_with_demo_seed_in_production_has_the_demo_users_and_station()
    {
        var settings = new Dictionary<string, string> { ["Demo:Seed"] = "true" };
        using var app = new StartupApp(_folder.File("demo.db"), "Production", settings);
        Assert.Equal(HttpStatusCode.OK, (await app.StartAndCheckHealthAsync()).StatusCode);

        await using var db = app.NewDbContext();
        var catalog = SeedCatalog.Load(Path.Combine(AppContext.BaseDirectory, "seed"));
        Assert.Equal(catalog.Users.Count, await db.Users.CountAsync());
        Assert.True(await db.Stations.AnyAsync(s => s.Name == DemoSeeder.DemoStationName));
    }

    [Fact]
    public async Task Restarting_with_another_demo_station_key_leaves_the_existing_station_key_alone()
    {
        var path = _folder.UpToDate("keyed.db");
        var settings = new Dictionary<string, string> { ["Demo:Seed"] = "true", ["Demo:StationKey"] = "wh_another_key_fedcba9876543210fedcba" };
        using var app = new StartupApp(path, "Testing", settings);
        Assert.Equal(HttpStatusCode.OK, (await app.StartAndCheckHealthAsync()).StatusCode);

        await using var db = app.NewDbContext();
        var station = await db.Stations.AsNoTracking().SingleAsync(s => s.Name == DemoSeeder.DemoStationName);
        Assert.Equal(Station.Hash(WarehouseFactory.StationKey), station.KeyHash);
    }

    [Fact]
    public async Task Without_the_demo_the_console_says_no_user_exists_yet_and_shows_no_demo_logins()
    {
        using var app = new StartupApp(_folder.File("quiet.db"), "Production");
        Assert.Equal(HttpStatusCode.OK, (await app.StartAndCheckHealthAsync()).StatusCode);
        await using var db = app.NewDbContext();
        var output = new StringWriter();

        await new StartupBanner(db, new ConfigurationBuilder().Build(), ["http://localhost:6102"], output).PrintAsync(null, null);

        Assert.Contains("No users yet: run with Demo__Seed=true for the demo data.", output.ToString());
        Assert.DoesNotContain("Demo logins", output.ToString());
        Assert.DoesNotContain(WarehouseFactory.Password, output.ToString());
    }
}
