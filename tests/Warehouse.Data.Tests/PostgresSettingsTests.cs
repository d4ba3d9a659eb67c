using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Warehouse.Data.Tests;

/// The session settings the app gives PostgreSQL through its connection string.
public sealed class PostgresSettingsTests
{
    [PostgresFact]
    public async Task The_apps_context_on_PostgreSQL_runs_with_the_JIT_compiler_and_parallel_workers_off()
    {
        using var database = new TestDatabase(Providers.Postgres);
        await using var services = new ServiceCollection().AddWarehouseData(Configuration(database.ConnectionString), Path.GetTempPath())
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WarehouseDbContext>();

        var jit = await db.Database.SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").SingleAsync();
        var workers = await db.Database.SqlQueryRaw<string>(
            "SELECT current_setting('max_parallel_workers_per_gather') AS \"Value\"").SingleAsync();

        Assert.Equal(("off", "0"), (jit, workers));
    }

    [Fact]
    public void A_connection_string_that_sets_JIT_itself_keeps_its_own_setting_and_its_other_options()
    {
        var configured = "Host=db;Database=warehouse;Options=-c jit=on -c statement_timeout=5000";

        var options = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.PostgresConnectionString(configured)).Options;

        Assert.Equal("-c jit=on -c statement_timeout=5000 -c max_parallel_workers_per_gather=0", options);
    }

    [Fact]
    public void Options_a_connection_string_already_has_are_kept_beside_the_apps_own()
    {
        var configured = "Host=db;Database=warehouse;Options=-c statement_timeout=5000";

        var options = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.PostgresConnectionString(configured)).Options;

        Assert.Equal("-c statement_timeout=5000 -c jit=off -c max_parallel_workers_per_gather=0", options);
    }

    [Fact]
    public void A_connection_string_that_sets_parallel_workers_itself_keeps_its_own_number()
    {
        var configured = "Host=db;Database=warehouse;Options=-c max_parallel_workers_per_gather=2";

        var options = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.PostgresConnectionString(configured)).Options;

        Assert.Equal("-c max_parallel_workers_per_gather=2 -c jit=off", options);
    }

    private static IConfiguration Configuration(string connectionString) => new ConfigurationBuilder().AddInMemoryCollection(
        new Dictionary<string, string?> { ["Database:Provider"] = "PostgreSQL", ["ConnectionStrings:Warehouse"] = connectionString }).Build();
}
