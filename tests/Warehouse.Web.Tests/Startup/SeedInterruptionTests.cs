using System.Net;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Seeding;
using Warehouse.Domain.Stock;

namespace Warehouse.Web.Tests.Startup;

/// A first start killed while seeding: the next start ends with the whole demo dataset, each part exactly once.
public sealed class SeedInterruptionTests : IDisposable
{
    private static readonly Dictionary<string, string> Demo = new() { ["Demo:Seed"] = "true", ["Demo:StationKey"] = WarehouseFactory.StationKey };
    private readonly DatabaseFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_first_start_killed_at_any_stage_of_seeding_is_completed_by_the_next_start()
    {
        var path = _folder.File("first.db");
        var documents = 0;
        var deaths = new (string Name, Func<string, bool> When)[]
        {
            ("catalog", sql => sql.Contains("INSERT INTO \"Quotas\"", StringComparison.Ordinal)),
            ("opening-stock", sql => sql.Contains("INSERT INTO \"StockDocuments\"", StringComparison.Ordinal) && ++documents == 3),
            ("users", sql => sql.Contains("INSERT INTO \"AspNetUserRoles\"", StringComparison.Ordinal)),
            ("requests", sql => sql.Contains("INSERT INTO \"Dispatches\"", StringComparison.Ordinal)),
        };
        using (var watch = new CommandWatch(path))
        {
            foreach (var (name, when) in deaths)
                watch.DieAt(when, _folder.File(name + ".db"));
            using var first = new StartupApp(path, "Testing", Demo);
            Assert.Equal(HttpStatusCode.OK, (await first.StartAndCheckHealthAsync()).StatusCode);
            Assert.Equal(deaths.Length, watch.Copied.Count);
        }
        var complete = await DatasetAsync(path);

        foreach (var (name, _) in deaths)
        {
            var killed = _folder.File(name + ".db");
            Assert.Equal(complete, await DatasetAsync(killed));
        }
    }

    /// Starts the app on the file (seeding whatever is missing) and describes the demo data it then holds.
    private static async Task<string> DatasetAsync(string path)
    {
        using var app = new StartupApp(path, "Testing", Demo);
        Assert.Equal(HttpStatusCode.OK, (await app.StartAndCheckHealthAsync()).StatusCode);
        await using var db = app.NewDbContext();
        var catalog = SeedCatalog.Load(Path.Combine(AppContext.BaseDirectory, "seed"));
        var users = await db.Users.AsNoTracking().Select(u => u.UserName!).OrderBy(u => u).ToListAsync();
        Assert.Equal(catalog.Users.Select(u => u.UserName).Order(), users);
        var stations = await db.Stations.AsNoTracking().Select(s => s.Name).ToListAsync();
        Assert.Equal([DemoSeeder.DemoStationName], stations);
        var opening = await db.StockMovements.AsNoTracking()
            .Where(m => db.StockDocuments.Any(d => d.Id == m.DocumentId && d.Reason == StockReason.OpeningBalance)).SumAsync(m => m.Quantity);
        Assert.Equal(catalog.Stock.Sum(s => s.Serials is { Count: > 0 } serials ? serials.Count : s.Quantity), opening);
        var incidents = await db.AllocationRequests.AsNoTracking().Select(r => r.Incident + " " + r.State).ToListAsync();
        Assert.Equal(incidents.Count, incidents.Distinct().Count());
        Assert.NotEmpty(incidents);
        var documents = await db.StockDocuments.CountAsync();
        return $"users={string.Join(",", users)} depots={await db.Depots.CountAsync()} items={await db.Items.CountAsync()} " +
            $"quotas={await db.Quotas.CountAsync()} documents={documents} opening={opening} requests={string.Join(";", incidents.Order())}";
    }
}
