using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Warehouse.Data;

namespace Warehouse.Web.Tests.Startup;

/// Start-up's migrations: never stuck behind a lock a killed start left, no lock taken when nothing is pending,
/// and a start killed in the middle of a migration leaves a database the next start completes.
public sealed class MigrationStartTests : IDisposable
{
    private readonly DatabaseFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_database_with_a_stale_migrations_lock_row_starts_and_serves_health(bool migrationPending)
    {
        var path = _folder.UpToDate("locked.db");
        if (migrationPending)
            UndoLastMigration(path);
        Sqlite.Execute(path, """
            CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL PRIMARY KEY, "Timestamp" TEXT NOT NULL);
            INSERT INTO "__EFMigrationsLock" VALUES (1, '2026-01-01 00:00:00+00:00');
            """);

        using var app = new StartupApp(path, "Testing", new Dictionary<string, string> { ["Demo:Seed"] = "true" });
        var health = await app.StartAndCheckHealthAsync();

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        await using var db = app.NewDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task A_start_on_an_up_to_date_database_takes_no_migrations_lock()
    {
        var path = _folder.UpToDate("current.db");
        using var watch = new CommandWatch(path);

        using var app = new StartupApp(path, "Testing", new Dictionary<string, string> { ["Demo:Seed"] = "true" });
        Assert.Equal(HttpStatusCode.OK, (await app.StartAndCheckHealthAsync()).StatusCode);

        Assert.NotEmpty(watch.Commands);
        Assert.DoesNotContain(watch.Commands, c => c.Contains("__EFMigrationsLock", StringComparison.Ordinal));
        Assert.False(Sqlite.TableExists(path, "__EFMigrationsLock"));
    }

    [Fact]
    public async Task A_first_start_killed_in_the_middle_of_a_table_rebuild_is_completed_by_the_next_start()
    {
        var path = _folder.File("first.db");
        var deaths = new (string Name, string Statement)[]
        {
            ("temp-copied", "INSERT INTO \"ef_temp_Stations\""),
            ("dropped", "DROP TABLE \"Stations\""),
            ("renamed", "ALTER TABLE \"ef_temp_Stations\" RENAME"),
            ("indexed", "CREATE UNIQUE INDEX \"IX_Stations_KeyHash\""),
        };
        using (var watch = new CommandWatch(path))
        {
            foreach (var (name, statement) in deaths)
                watch.DieAt(sql => sql.Contains(statement, StringComparison.Ordinal), _folder.File(name + ".db"));
            using var first = new StartupApp(path, "Testing");
            Assert.Equal(HttpStatusCode.OK, (await first.StartAndCheckHealthAsync()).StatusCode);
            Assert.Equal(deaths.Length, watch.Copied.Count);
        }

        foreach (var (name, _) in deaths)
        {
            var killed = _folder.File(name + ".db");
            using var next = new StartupApp(killed, "Testing");
            Assert.Equal(HttpStatusCode.OK, (await next.StartAndCheckHealthAsync()).StatusCode);
            await using var db = next.NewDbContext();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(1, Sqlite.Scalar(killed, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'IX_Stations_KeyHash'"));
            Assert.False(Sqlite.TableExists(killed, "ef_temp_Stations"));
            Assert.Equal(0, Sqlite.Scalar(killed, "SELECT COUNT(*) FROM pragma_foreign_key_check"));
        }
    }

    [Fact]
    public async Task Indexes_a_migration_adds_get_planner_statistics_where_the_database_keeps_them()
    {
        var path = _folder.UpToDate("analyzed.db");
        using (var seeded = new StartupApp(path, "Testing", new Dictionary<string, string> { ["Demo:Seed"] = "true" }))
            Assert.Equal(HttpStatusCode.OK, (await seeded.StartAndCheckHealthAsync()).StatusCode);
        Sqlite.Execute(path, "ANALYZE;");
        UndoLastMigration(path);
        // As an index added by the migration before would stand: on a measured table, without measurements of its own.
        Sqlite.Execute(path, "DELETE FROM sqlite_stat1 WHERE idx = 'IX_StockBalances_ItemId_DepotId';");
        Assert.NotEqual(0, Sqlite.Scalar(path, UnmeasuredIndexes));

        using var app = new StartupApp(path, "Testing");
        Assert.Equal(HttpStatusCode.OK, (await app.StartAndCheckHealthAsync()).StatusCode);

        Assert.Equal(0, Sqlite.Scalar(path, UnmeasuredIndexes));
    }

    private const string UnmeasuredIndexes = """
        SELECT COUNT(*) FROM sqlite_master AS m WHERE m.type = 'index'
        AND EXISTS (SELECT 1 FROM sqlite_stat1 AS s WHERE s.tbl = m.tbl_name)
        AND NOT EXISTS (SELECT 1 FROM sqlite_stat1 AS s WHERE s.idx = m.name)
        """;

    /// Takes the database back to before its last migration, as an older version of the app left it.
    private static void UndoLastMigration(string path)
    {
        var options = new DbContextOptionsBuilder<SqliteWarehouseDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(options, $"Data Source={path};Pooling=False");
        using var db = new SqliteWarehouseDbContext(options.Options);
        var migrations = db.Database.GetMigrations().ToList();
        db.GetService<IMigrator>().Migrate(migrations[^2]);
    }
}
