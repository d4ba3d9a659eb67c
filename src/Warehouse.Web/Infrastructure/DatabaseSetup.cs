using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Auditing;
using Warehouse.Data.Seeding;
using Warehouse.Domain.Stations;

namespace Warehouse.Web.Infrastructure;

/// Creates and migrates the database at start-up and, on an empty one, seeds the demo data;
/// then prints where the app listens and how to log in.
internal static class DatabaseSetup
{
    public static async Task MigrateAndSeedAsync(IServiceProvider services, IConfiguration configuration, ILogger logger,
        ICollection<string> urls)
    {
        var db = services.GetRequiredService<WarehouseDbContext>();
        // WAL first: the migrations then commit with one sync each instead of a rollback journal's several.
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await db.Database.MigrateAsync();
        await ChainSealer.SealAsync(db);

        if (!configuration.GetValue("Demo:Seed", true))
            return;
        var seedFolder = configuration["Demo:SeedFolder"] ?? Path.Combine(AppContext.BaseDirectory, "seed");
        var catalog = SeedCatalog.Load(seedFolder);
        var configuredKey = configuration["Demo:StationKey"];
        var report = await services.GetRequiredService<DemoSeeder>().SeedAsync(catalog, configuredKey);
        if (!report.Seeded && !string.IsNullOrWhiteSpace(configuredKey))
            await FixDemoStationKeyAsync(db, configuredKey.Trim());

        var lines = new List<string>
        {
            "",
            "Warehouse is ready." + (report.Seeded ? " (a new database was created and seeded with demo data)" : ""),
            $"  Database: {(db.Database.IsSqlite() ? db.Database.GetDbConnection().DataSource : "SQL Server")}",
            $"  Open:     {string.Join(", ", urls.Count > 0 ? urls : [configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? "http://localhost:5080"])}",
            "  Demo logins (user / password / role):",
        };
        lines.AddRange(catalog.Users.Select(u => $"    {u.UserName,-8} / {u.Password} / {u.Role}"));
        var key = report.StationKey ?? configuredKey;
        lines.Add(string.IsNullOrWhiteSpace(key)
            ? "  Demo station key: shown at first start only; set Demo:StationKey to fix one."
            : $"  Demo station key (X-Station-Key, {DemoSeeder.DemoStationName}): {key}");
        lines.Add("");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
        logger.LogInformation("Database ready; demo seed {Seeded}", report.Seeded);
    }

    private static async Task FixDemoStationKeyAsync(WarehouseDbContext db, string key)
    {
        var station = await db.Stations.SingleOrDefaultAsync(s => s.Name == DemoSeeder.DemoStationName);
        if (station is null || station.KeyHash == Station.Hash(key))
            return;
        db.Entry(station).Property(s => s.KeyHash).CurrentValue = Station.Hash(key);
        db.Entry(station).Property(s => s.KeyPrefix).CurrentValue = key[..Math.Min(8, key.Length)];
        await db.SaveChangesAsync();
    }
}
