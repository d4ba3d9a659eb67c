using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Warehouse.Data.Tests.Upgrades;

/// A database from before dispatches kept their delivery's record: the upgrade gives each delivered dispatch its request's
/// destination and the minutes from the request's submission, and leaves a dispatch still on the road without them.
public sealed class DispatchDeliveryRecordTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "warehouse-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task An_upgrade_records_each_delivered_dispatchs_destination_and_minutes()
    {
        Directory.CreateDirectory(_folder);
        var options = new DbContextOptionsBuilder<SqliteWarehouseDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(options, $"Data Source={Path.Combine(_folder, "old.db")}");
        await using var db = new SqliteWarehouseDbContext(options.Options);
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_DispatchDeliveryRecord", StringComparison.Ordinal)) - 1];
        await db.GetService<IMigrator>().MigrateAsync(before);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Depots" ("Code", "Name", "Kind", "Latitude", "Longitude") VALUES ('CR', '市级中心库', 'CentralReserve', 30.2, 120.1);
            INSERT INTO "AllocationRequests" ("Number", "Incident", "Level", "NeededBy", "DestinationKind", "DestinationName",
                "ContactName", "ContactPhone", "RequestedBy", "CreatedAt", "SubmittedAt", "State", "Ratification", "Version")
            VALUES ('SQ-1', '防汛', 'III', '2026-07-01 08:00:00', 'Township', '城关镇', '李明', '13805710001', 'dept',
                '2026-06-30 08:00:00', '2026-06-30 08:05:00', 'Dispatched', 'NotNeeded', 1);
            INSERT INTO "Dispatches" ("RequestId", "Number", "SourceDepotId", "State", "DispatchedAt", "DeliveredAt")
            SELECT r."Id", 'DP-1', d."Id", 'Delivered', '2026-06-30 09:00:00', '2026-06-30 09:42:30'
            FROM "AllocationRequests" AS r, "Depots" AS d
            UNION ALL
            SELECT r."Id", 'DP-2', d."Id", 'Dispatched', '2026-06-30 09:10:00', NULL
            FROM "AllocationRequests" AS r, "Depots" AS d;
            """);

        await db.Database.MigrateAsync();

        var dispatches = await db.Dispatches.AsNoTracking().OrderBy(d => d.Number)
            .Select(d => new { d.DeliveredTo, d.MinutesToDeliver }).ToListAsync();
        Assert.Equal("城关镇", dispatches[0].DeliveredTo);
        Assert.Equal(97.5, dispatches[0].MinutesToDeliver!.Value, 0.001);
        Assert.Null(dispatches[1].DeliveredTo);
        Assert.Null(dispatches[1].MinutesToDeliver);
    }
}
