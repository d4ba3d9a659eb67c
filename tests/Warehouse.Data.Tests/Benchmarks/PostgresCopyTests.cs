using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Warehouse.Benchmarks;

namespace Warehouse.Data.Tests.Benchmarks;

/// The page crawl's load of a generated SQLite database into PostgreSQL (tests/Warehouse.Benchmarks/PostgresCopy.cs):
/// what the crawl on PostgreSQL reads must be the very data the crawl on SQLite read.
public sealed class PostgresCopyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warehouse-copy-").FullName;

    [PostgresFact]
    public async Task A_generated_database_copied_into_PostgreSQL_keeps_every_row_and_a_ledger_that_sums_to_its_balances()
    {
        var file = Path.Combine(_folder, "generated.db");
        await new DataGenerator(file, items: 40, depots: 4, movements: 2_000, TextWriter.Null) { History = (60, 120, 300) }.RunAsync();
        using var postgres = new TestDatabase(Providers.Postgres);
        var copy = new PostgresCopy(file, postgres.ConnectionString, TextWriter.Null);

        var tables = await copy.RunAsync();

        Assert.Empty(copy.Cut);
        await using var target = new NpgsqlConnection(postgres.ConnectionString);
        await target.OpenAsync();
        await using var source = new SqliteConnection($"Data Source={file};Pooling=False");
        await source.OpenAsync();
        foreach (var (table, rows) in tables)
        {
            await using var count = source.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            Assert.Equal((long)(await count.ExecuteScalarAsync())!, rows);
            Assert.Equal(rows, Scalar(target, $"SELECT COUNT(*) FROM \"{table}\""));
        }
        Assert.Equal(2_000, Scalar(target, "SELECT COUNT(*) FROM \"StockMovements\""));
        Assert.Equal(0, Scalar(target, "SELECT COUNT(*) FROM \"StockBalances\" b WHERE b.\"OnHand\" <> " +
            "COALESCE((SELECT SUM(m.\"Quantity\") FROM \"StockMovements\" m WHERE m.\"BalanceId\" = b.\"Id\"), 0)"));
        Assert.True(Scalar(target, "SELECT COUNT(*) FROM \"StockBalances\" WHERE \"OnHand\" > 0") > 0);
        // Vacuumed, as a running server's autovacuum leaves it: the ledger's pages are marked all-visible, so an
        // index-only scan need not visit them.
        Assert.True(Scalar(target, "SELECT relallvisible FROM pg_class WHERE relname = 'StockMovements'") > 0);
    }

    [PostgresFact]
    public async Task Times_and_prices_read_back_from_PostgreSQL_as_they_read_from_SQLite_and_new_rows_take_the_next_id()
    {
        var file = Path.Combine(_folder, "generated.db");
        await new DataGenerator(file, items: 20, depots: 2, movements: 300, TextWriter.Null) { History = (10, 10, 20) }.RunAsync();
        using var postgres = new TestDatabase(Providers.Postgres);
        await new PostgresCopy(file, postgres.ConnectionString, TextWriter.Null).RunAsync();

        await using var sqlite = Sqlite(file);
        await using var target = postgres.NewContext();
        Assert.Equal(await sqlite.StockMovements.OrderBy(m => m.Id).Select(m => m.OccurredAt).ToListAsync(),
            await target.StockMovements.OrderBy(m => m.Id).Select(m => m.OccurredAt).ToListAsync());
        Assert.Equal(await sqlite.AuditEntries.OrderBy(a => a.Id).Select(a => a.At).ToListAsync(),
            await target.AuditEntries.OrderBy(a => a.Id).Select(a => a.At).ToListAsync());
        Assert.Equal(await sqlite.Items.OrderBy(i => i.Id).Select(i => i.UnitPrice).ToListAsync(),
            await target.Items.OrderBy(i => i.Id).Select(i => i.UnitPrice).ToListAsync());
        var department = new Warehouse.Domain.Catalog.Department("NEW", "新部门");
        target.Departments.Add(department);
        await target.SaveChangesAsync();
        Assert.Equal(await sqlite.Departments.MaxAsync(d => d.Id) + 1, department.Id);
    }

    private static SqliteWarehouseDbContext Sqlite(string file)
    {
        var options = new DbContextOptionsBuilder<SqliteWarehouseDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(options, $"Data Source={file}");
        return new SqliteWarehouseDbContext(options.Options);
    }

    private static long Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
