using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Warehouse.Data.Tests.Upgrades;

/// A database from before requests kept their submission: the upgrade gives each submitted request the instant of its
/// first transition into Submitted, and leaves a draft without one.
public sealed class RequestSubmittedAtTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "warehouse-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task An_upgrade_takes_each_requests_first_submission_from_its_transitions()
    {
        Directory.CreateDirectory(_folder);
        var options = new DbContextOptionsBuilder<SqliteWarehouseDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(options, $"Data Source={Path.Combine(_folder, "old.db")}");
        await using var db = new SqliteWarehouseDbContext(options.Options);
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_RequestSubmittedAt", StringComparison.Ordinal)) - 1];
        await db.GetService<IMigrator>().MigrateAsync(before);
        foreach (var (number, state) in new[] { ("SQ-1", "Approved"), ("SQ-2", "Draft") })
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "AllocationRequests" ("Number", "Incident", "Level", "NeededBy", "DestinationKind", "DestinationName",
                    "ContactName", "ContactPhone", "RequestedBy", "CreatedAt", "State", "Ratification", "Version")
                VALUES ({number}, '防汛', 'III', '2026-07-01 08:00:00', 'Township', '城关镇', '李明', '13805710001', 'dept',
                    '2026-06-30 08:00:00', {state}, 'NotNeeded', 1)
                """);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "RequestTransitions" ("RequestId", "From", "To", "Trigger", "By", "At")
            SELECT "Id", 'Draft', 'Submitted', 'Submit', 'dept', '2026-06-30 08:05:00' FROM "AllocationRequests" WHERE "Number" = 'SQ-1'
            UNION ALL
            SELECT "Id", 'Submitted', 'Approved', 'Approve', 'manager', '2026-06-30 08:15:00' FROM "AllocationRequests" WHERE "Number" = 'SQ-1'
            """);

        await db.Database.MigrateAsync();

        var submitted = await db.AllocationRequests.AsNoTracking().OrderBy(r => r.Number)
            .Select(r => new { r.Number, r.SubmittedAt }).ToListAsync();
        Assert.Equal(new DateTime(2026, 6, 30, 8, 5, 0), submitted[0].SubmittedAt);
        Assert.Null(submitted[1].SubmittedAt);
    }
}
