using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Warehouse.Data.Tests;

public sealed class MigrationTests
{
    private const string ScriptPath = "db/sqlserver/warehouse.sql";

    [Fact]
    public void Sqlite_model_has_no_changes_that_a_migration_does_not_cover()
    {
        using var database = new TestDatabase();
        using var db = database.NewContext();
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed: add a migration with `dotnet ef migrations add NAME --project src/Warehouse.Data --context SqliteWarehouseDbContext --output-dir Migrations/Sqlite`.");
    }

    [Fact]
    public void SqlServer_model_has_no_changes_that_a_migration_does_not_cover()
    {
        using var db = SqlServerContext();
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed: add a migration with `dotnet ef migrations add NAME --project src/Warehouse.Data --context SqlServerWarehouseDbContext --output-dir Migrations/SqlServer`.");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlServer = SqlServerContext();
        using var database = new TestDatabase();
        using var sqlite = database.NewContext();
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_') + 1)..]);
        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    [Fact]
    public void The_sql_server_script_in_db_is_generated_from_the_current_migrations()
    {
        using var db = SqlServerContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent).ReplaceLineEndings("\n");
        var path = Path.Combine(RepositoryRoot(), ScriptPath);
        if (Environment.GetEnvironmentVariable("WAREHOUSE_UPDATE_SCRIPTS") == "1")
            File.WriteAllText(path, script);
        Assert.True(File.Exists(path), $"{ScriptPath} is missing: run `WAREHOUSE_UPDATE_SCRIPTS=1 dotnet test` to write it.");
        Assert.True(script == File.ReadAllText(path).ReplaceLineEndings("\n"),
            $"{ScriptPath} is out of date: run `WAREHOUSE_UPDATE_SCRIPTS=1 dotnet test --filter The_sql_server_script` and commit it.");
    }

    private static SqlServerWarehouseDbContext SqlServerContext()
    {
        var options = new DbContextOptionsBuilder<SqlServerWarehouseDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlServer(options, "Server=.;Database=Warehouse;Trusted_Connection=True;TrustServerCertificate=True");
        return new SqlServerWarehouseDbContext(options.Options);
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Warehouse.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Warehouse.sln not found above the test folder.");
    }
}
