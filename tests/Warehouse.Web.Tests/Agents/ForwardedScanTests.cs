using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Stations;

namespace Warehouse.Web.Tests.Agents;

/// Scans a station agent's serial scanner forwards are rows of the database: the agent may reach one app instance and
/// the keeper's scan box page another, and the page still gets each scan once, in order.
public sealed class ForwardedScanTests
{
    /// A second app instance on the first one's database, as behind a load balancer.
    private sealed class SecondInstance(WarehouseFactory first) : WarehouseFactory(first.Provider)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Warehouse", first.ConnectionString);
            builder.UseSetting("Agents:PollInterval", "00:00:00.050");
        }
    }

    private sealed class FirstInstance(string provider) : WarehouseFactory(provider);

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_scan_forwarded_to_one_app_instance_reaches_the_scan_box_page_served_by_another(string provider)
    {
        await using var agentSide = new FirstInstance(provider);
        await using var pageSide = new SecondInstance(agentSide);
        int station;
        await using (var db = agentSide.NewDbContext())
            station = await db.Stations.Where(s => s.Name == AgentFactory.StationName).Select(s => s.Id).SingleAsync();
        var keeper = await pageSide.SignedInClientAsync("keeper");
        var agent = agentSide.StationClient();
        var opened = await ScansAsync(keeper, station, -1);

        var waiting = ScansAsync(keeper, station, opened.GetProperty("last").GetInt64());
        Assert.Equal(HttpStatusCode.NoContent, (await agent.PostAsJsonAsync("/api/agent/scans", new { code = "WI-FH-0001" })).StatusCode);
        var first = await waiting;
        Assert.Equal(HttpStatusCode.NoContent,
            (await agent.PostAsJsonAsync("/api/agent/scans", new { code = "WL-CR-A-01-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await agent.PostAsJsonAsync("/api/agent/scans", new { code = "WI-FH-0002" })).StatusCode);
        var next = await ScansAsync(keeper, station, first.GetProperty("last").GetInt64());

        Assert.Equal(["WI-FH-0001"], Codes(first));
        Assert.Equal(["WL-CR-A-01-01", "WI-FH-0002"], Codes(next));
        Assert.True(next.GetProperty("last").GetInt64() > first.GetProperty("last").GetInt64());
        Assert.Empty(Codes(await ScansAsync(keeper, station, -1)));
    }

    [Fact]
    public async Task Scans_nobody_fetched_in_time_are_deleted_when_the_next_scan_comes()
    {
        await using var app = new WarehouseFactory();
        await using var db = app.NewDbContext();
        var station = await db.Stations.Where(s => s.Name == AgentFactory.StationName).Select(s => s.Id).SingleAsync();
        db.ForwardedScans.Add(new ForwardedScan(station, "WI-OLD-0001", DateTime.UtcNow.AddMinutes(-10)));
        await db.SaveChangesAsync();

        await app.StationClient().PostAsJsonAsync("/api/agent/scans", new { code = "WI-FH-0001" });

        Assert.Equal(["WI-FH-0001"], await db.ForwardedScans.AsNoTracking().Select(s => s.Code).ToListAsync());
    }

    private static async Task<JsonElement> ScansAsync(HttpClient keeper, int station, long after) =>
        JsonDocument.Parse(await keeper.GetStringAsync($"/StationScans?station={station}&after={after}")).RootElement;

    private static IEnumerable<string> Codes(JsonElement scans) =>
        scans.GetProperty("codes").EnumerateArray().Select(c => c.GetString()!);
}
