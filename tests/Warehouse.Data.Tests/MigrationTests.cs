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
    public void PostgreSql_model_has_no_changes_that_a_migration_does_not_cover()
    {
        using var db = PostgresContext();
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed: add a migration with `dotnet ef migrations add NAME --project src/Warehouse.Data --context PostgresWarehouseDbContext --output-dir Migrations/Postgres`.");
    }

    [PostgresFact]
    public async Task PostgreSql_migrates_an_empty_database_and_then_has_nothing_pending()
    {
        using var database = new TestDatabase(Providers.Postgres);
        await using var db = database.NewContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.StockBalances.CountAsync());
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
        AssertScriptIsCurrent(db, ScriptPath);
    }

    [Fact]
    public void The_postgresql_script_in_db_is_generated_from_the_current_migrations()
    {
        using var db = PostgresContext();
        AssertScriptIsCurrent(db, "db/postgresql/warehouse.sql");
    }

    private static void AssertScriptIsCurrent(DbContext db, string scriptPath)
    {
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent).ReplaceLineEndings("\n");
        var path = Path.Combine(RepositoryRoot(), scriptPath);
        if (Environment.GetEnvironmentVariable("WAREHOUSE_UPDATE_SCRIPTS") == "1")
            File.WriteAllText(path, script);
        Assert.True(File.Exists(path), $"{scriptPath} is missing: run `WAREHOUSE_UPDATE_SCRIPTS=1 dotnet test` to write it.");
        Assert.True(script == File.ReadAllText(path).ReplaceLineEndings("\n"),
            $"{scriptPath} is out of date: run `WAREHOUSE_UPDATE_SCRIPTS=1 dotnet test --filter _script_in_db` and commit it.");
    }

    public static SqlServerWarehouseDbContext SqlServerContext()
    {
        var options = new DbContextOptionsBuilder<SqlServerWarehouseDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlServer(options, "Server=.;Database=Warehouse;Trusted_Connection=True;TrustServerCertificate=True");
        return new SqlServerWarehouseDbContext(options.Options);
    }

    private static PostgresWarehouseDbContext PostgresContext()
    {
        var options = new DbContextOptionsBuilder<PostgresWarehouseDbContext>();
        DataServiceCollectionExtensions.ConfigurePostgres(options, "Host=localhost;Database=warehouse;Username=warehouse");
        return new PostgresWarehouseDbContext(options.Options);
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Warehouse.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Warehouse.sln not found above the test folder.");
    }
}
