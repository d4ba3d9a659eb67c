using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Printing;

namespace Warehouse.Data.Seeding;

/// The whole demo dataset — catalog, opening stock, users, the demo station and the demo requests — put into an
/// empty database in one transaction: a first start killed halfway leaves an empty database, and the next start
/// seeds it all again. (Seeded in steps, a killed start left a healthy app with stock but no users or station,
/// and "the database has depots" then kept the rest from ever being seeded.)
public sealed class DemoData(WarehouseDbContext db, DemoSeeder seeder, Warehouse.Domain.Common.BureauClock clock)
{
    /// Seeds everything, or nothing when the database already has depots.
    public async Task<SeedReport> SeedAsync(SeedCatalog catalog, string? stationKey, DemoAllocations allocations,
        CancellationToken cancellationToken = default)
    {
        if (await db.Depots.AnyAsync(cancellationToken))
            return new SeedReport(false, catalog.Users, null);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var report = await seeder.SeedAsync(catalog, stationKey, cancellationToken);
            await DemoPlaces.SeedAsync(db, catalog, cancellationToken);
            await DemoMaintenance.SeedAsync(db, clock, cancellationToken);
            await allocations.SeedAsync(cancellationToken);
            await SettlePrintJobsAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return report;
        });
    }

    /// The demo's documents are history (the slips of dispatches days ago): their jobs stand as printed, so they keep
    /// their previews and reprints but never go out to a printer, not even a real default printer set before the seed.
    private Task<int> SettlePrintJobsAsync(CancellationToken cancellationToken) =>
        db.PrintJobs.Where(j => j.State == PrintJobState.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, PrintJobState.Printed)
                .SetProperty(j => j.PrintedAt, j => (DateTime?)j.CreatedAt), cancellationToken);
}
