using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Tests.Allocation;

/// The emergency map's points: depots with their coordinates, places, open requests' destinations and dispatches on the
/// road with their due time; a department sees only its own requests and dispatches. Its CSP lets images come from the
/// tile server only when one is configured.
public sealed class MapDataTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Theory]
    [InlineData("manager")]
    [InlineData("dept")]
    [InlineData("keeper")]
    public async Task Everyone_signed_in_finds_the_map_in_the_menu(string user)
    {
        var home = await (await factory.SignedInClientAsync(user)).GetStringAsync("/");

        Assert.Contains("href=\"/Map\"", home);
    }

    [Fact]
    public async Task The_map_data_carries_every_depot_with_its_coordinates()
    {
        var data = await (await factory.SignedInClientAsync("auditor")).GetFromJsonAsync<JsonElement>("/Map/Data");

        await using var db = factory.NewDbContext();
        var depots = await db.Depots.AsNoTracking().ToListAsync();
        var drawn = data.GetProperty("depots").EnumerateArray().ToDictionary(d => d.GetProperty("code").GetString()!);
        Assert.Equal(depots.Count, drawn.Count);
        foreach (var depot in depots)
        {
            Assert.Equal(depot.Latitude, drawn[depot.Code].GetProperty("lat").GetDouble());
            Assert.Equal(depot.Longitude, drawn[depot.Code].GetProperty("lon").GetDouble());
        }
        Assert.Equal(await db.Places.CountAsync(p => p.Latitude != null), data.GetProperty("places").GetArrayLength());
    }

    [Fact]
    public async Task A_dispatch_on_the_road_is_drawn_from_its_depot_to_its_destination_due_at_submission_plus_the_target()
    {
        await using var db = factory.NewDbContext();
        var transit = await db.Dispatches.AsNoTracking().Include(d => d.SourceDepot).Include(d => d.Request!.Transitions)
            .SingleAsync(d => d.Request!.Incident == "临江堤防巡查");
        var submitted = transit.Request!.Transitions.Single(t => t.To == Domain.Allocation.RequestState.Submitted).At;

        var data = await (await factory.SignedInClientAsync("manager")).GetFromJsonAsync<JsonElement>("/Map/Data");

        var drawn = data.GetProperty("dispatches").EnumerateArray().Single(d => d.GetProperty("number").GetString() == transit.Number);
        Assert.Equal(submitted.AddMinutes(120), drawn.GetProperty("dueAt").GetDateTime().ToUniversalTime());
        Assert.Equal(transit.SourceDepot!.Latitude, drawn.GetProperty("fromLat").GetDouble());
        Assert.Equal(transit.Request.DestinationLatitude, drawn.GetProperty("toLat").GetDouble());
        Assert.Equal(transit.Request.Number, drawn.GetProperty("request").GetString());
        Assert.DoesNotContain(data.GetProperty("dispatches").EnumerateArray(),
            d => db.Dispatches.Any(x => x.Number == d.GetProperty("number").GetString() && x.DeliveredAt != null));
        Assert.Contains(data.GetProperty("requests").EnumerateArray(), r => r.GetProperty("number").GetString() == transit.Request.Number);
    }

    [Fact]
    public async Task A_department_sees_only_its_own_requests_and_dispatches_on_the_map()
    {
        await using var db = factory.NewDbContext();
        var departmentId = await db.Users.Where(u => u.UserName == "dept").Select(u => u.DepartmentId).SingleAsync();
        var transit = await db.AllocationRequests.SingleAsync(r => r.Incident == "临江堤防巡查");
        var before = await (await factory.SignedInClientAsync("dept")).GetFromJsonAsync<JsonElement>("/Map/Data");
        Assert.Contains(Numbers(before, "requests"), n => n == transit.Number);

        var other = await db.Departments.Where(d => d.Id != departmentId).Select(d => (int?)d.Id).FirstOrDefaultAsync();
        await db.AllocationRequests.Where(r => r.Id == transit.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.DepartmentId, other));

        var mine = await (await factory.SignedInClientAsync("dept")).GetFromJsonAsync<JsonElement>("/Map/Data");
        var all = await (await factory.SignedInClientAsync("manager")).GetFromJsonAsync<JsonElement>("/Map/Data");
        var own = await db.AllocationRequests.Where(r => r.DepartmentId == departmentId).Select(r => r.Number).ToListAsync();
        Assert.All(Numbers(mine, "requests"), n => Assert.Contains(n, own));
        Assert.All(mine.GetProperty("dispatches").EnumerateArray(), d => Assert.Contains(d.GetProperty("request").GetString(), own));
        Assert.DoesNotContain(Numbers(mine, "requests"), n => n == transit.Number);
        Assert.Contains(Numbers(all, "requests"), n => n == transit.Number);
        Assert.Contains(all.GetProperty("dispatches").EnumerateArray(), d => d.GetProperty("request").GetString() == transit.Number);
    }

    [Fact]
    public async Task Images_may_come_from_the_tile_server_only_when_one_is_configured()
    {
        var plain = await (await factory.SignedInClientAsync("manager")).GetAsync("/Map");
        var plainPolicy = string.Join(",", plain.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, plainPolicy);
        Assert.DoesNotContain("tiles.bureau.example", await plain.Content.ReadAsStringAsync());

        using var tiled = factory.WithWebHostBuilder(b => b.UseSetting("Map:TileUrl", "http://tiles.bureau.example:8080/{z}/{x}/{y}.png"));
        var client = tiled.CreateClient();
        var response = await client.GetAsync("/Account/Login");
        var policy = string.Join(",", response.Headers.GetValues("Content-Security-Policy"));
        var imgSrc = policy.Split(';').Single(p => p.Trim().StartsWith("img-src", StringComparison.Ordinal)).Trim();
        Assert.Equal("img-src 'self' data: blob: http://tiles.bureau.example:8080", imgSrc);
        Assert.Contains("script-src 'self';", policy);
        Assert.DoesNotContain("tiles.bureau.example", policy.Replace(imgSrc, "", StringComparison.Ordinal));
    }

    private static IEnumerable<string?> Numbers(JsonElement data, string kind) =>
        data.GetProperty(kind).EnumerateArray().Select(r => r.GetProperty("number").GetString());
}
