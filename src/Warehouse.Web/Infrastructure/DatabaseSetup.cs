using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Printing;
using Warehouse.Data.Auditing;
using Warehouse.Data.Seeding;
using Warehouse.Domain.Common;

namespace Warehouse.Web.Infrastructure;

/// Creates and migrates the database at start-up and, when `Demo:Seed` is true and the database is empty, seeds
/// the demo data; then prints where the app listens and how to log in.
internal static class DatabaseSetup
{
    /// Off unless configured: the demo users have a published password. appsettings.Development.json turns it on.
    public const string SeedSetting = "Demo:Seed";

    public static bool DemoEnabled(IConfiguration configuration) => configuration.GetValue(SeedSetting, false);

    public static async Task MigrateAndSeedAsync(IServiceProvider services, IConfiguration configuration, ILogger logger,
        ICollection<string> urls)
    {
        var db = services.GetRequiredService<WarehouseDbContext>();
        // WAL first: the migrations then commit with one sync each instead of a rollback journal's several.
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await DatabaseMigrations.ApplyPendingAsync(db, logger);
        await ChainSealer.SealAsync(db);

        var banner = new StartupBanner(db, configuration, urls, Console.Out);
        if (!DemoEnabled(configuration))
        {
            await banner.PrintAsync(null, null);
            return;
        }
        var seedFolder = configuration["Demo:SeedFolder"] ?? Path.Combine(AppContext.BaseDirectory, "seed");
        var catalog = SeedCatalog.Load(seedFolder);
        // The configured key is only the new demo station's key: an existing station's key is never overwritten.
        var allocations = new DemoAllocations(db, services.GetRequiredService<BureauClock>().Zone,
            services.GetRequiredService<IDispatchSlipQueue>());
        var report = await services.GetRequiredService<DemoData>().SeedAsync(catalog, configuration["Demo:StationKey"], allocations);
        await banner.PrintAsync(catalog, report);
        logger.LogInformation("Database ready; demo seed {Seeded}", report.Seeded);
    }
}
