using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Printing;
using Warehouse.Data.Auditing;
using Warehouse.Data.Seeding;
using Warehouse.Domain.Common;
using Warehouse.Web.Features.Setup;

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
        var db = await MigrateAsync(services, logger);
        await services.GetRequiredService<BureauProfile>().LoadAsync(db);
        var banner = new StartupBanner(db, configuration, urls, Console.Out);
        if (!DemoEnabled(configuration))
        {
            await banner.PrintAsync(null, null, await FirstRunLinkAsync(services, db, banner, logger));
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

    /// Creates the database or brings it up to date, and seals any audit or ledger rows left unsealed.
    public static async Task<WarehouseDbContext> MigrateAsync(IServiceProvider services, ILogger logger)
    {
        var db = services.GetRequiredService<WarehouseDbContext>();
        // WAL first: the migrations then commit with one sync each instead of a rollback journal's several.
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await DatabaseMigrations.ApplyPendingAsync(db, logger);
        await ChainSealer.SealAsync(db);
        return db;
    }

    /// On a database without any user, a new one-time set-up link, also written to the log (a service's console is
    /// often only seen through its log).
    private static async Task<string?> FirstRunLinkAsync(IServiceProvider services, WarehouseDbContext db, StartupBanner banner,
        ILogger logger)
    {
        if (await db.Users.AnyAsync())
            return null;
        var link = $"{banner.FirstUrl}/Setup?token={services.GetRequiredService<SetupInvitation>().Issue()}";
        logger.LogWarning("No users yet: create the first administrator at {SetupLink}", link);
        return link;
    }
}
