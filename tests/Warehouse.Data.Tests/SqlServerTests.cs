using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Stock;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Tests;

/// Runs only when WAREHOUSE_TEST_SQLSERVER holds a connection string (to a database it may create and drop).
public sealed class SqlServerFactAttribute : FactAttribute
{
    public const string Variable = "WAREHOUSE_TEST_SQLSERVER";

    public SqlServerFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"SQL Server tests skipped: set {Variable} to a connection string to run them.";
    }
}

public sealed class SqlServerTests
{
    [SqlServerFact]
    public async Task Migrations_apply_and_parallel_issues_keep_the_invariants_on_sql_server()
    {
        var connection = Environment.GetEnvironmentVariable(SqlServerFactAttribute.Variable)!;
        SqlServerWarehouseDbContext NewContext()
        {
            var options = new DbContextOptionsBuilder<SqlServerWarehouseDbContext>();
            DataServiceCollectionExtensions.ConfigureSqlServer(options, connection);
            return new SqlServerWarehouseDbContext(options.Options);
        }
        var clock = new Domain.Common.BureauClock(TimeProvider.System, Domain.Common.BureauClock.FindZone(null));
        await using (var db = NewContext())
        {
            await db.Database.EnsureDeletedAsync();
            await db.Database.MigrateAsync();
        }
        int depotId, itemId;
        await using (var setup = NewContext())
        {
            depotId = (await Build.DepotAsync(setup)).Id;
            itemId = (await Build.ItemAsync(setup)).Id;
            await new StockPostingService(setup, new NumberSequences(setup), clock).PostAsync(new PostingRequest(DocumentKind.Receipt, depotId,
                StockReason.Purchase, "stock", [new PostingLine(itemId, 10)], new Actor("keeper", null, null)));
        }
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
        {
            await using var db = NewContext();
            return await new StockPostingService(db, new NumberSequences(db), clock).PostAsync(new PostingRequest(DocumentKind.Issue, depotId,
                StockReason.InternalUse, $"race-{i}", [new PostingLine(itemId, 1)], new Actor("keeper", null, null)));
        })));
        Assert.Equal(10, outcomes.Count(o => o.Succeeded));
        await using var check = NewContext();
        await Invariants.AssertAsync(check);
    }
}
