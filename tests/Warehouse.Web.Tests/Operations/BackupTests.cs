using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Auditing;
using Warehouse.Web.Features.Operations;

namespace Warehouse.Web.Tests.Operations;

/// The backup command against a running app's SQLite database, and the restore that puts a backup back.
public sealed class BackupTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "warehouse-backups", Guid.NewGuid().ToString("N"));

    public BackupTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_backup_taken_while_keepers_post_is_consistent_and_restores_in_place_of_a_database()
    {
        await using var app = new WarehouseFactory();
        var station = app.StationClient();
        var backup = Path.Combine(_folder, "warehouse-backup.db");

        var posting = Task.WhenAll(Enumerable.Range(0, 30).Select(i => station.PostAsJsonAsync("/api/receipts", new
        {
            reason = "Purchase", clientId = $"during-backup-{i}", lines = new[] { new { code = "SJ-0101", quantity = 1 } },
        })));
        var (code, output, _) = await RunAsync("backup", "--out", backup, $"--ConnectionStrings:Warehouse=Data Source={app.DatabasePath}");
        Assert.All(await posting, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));

        Assert.Equal(0, code);
        Assert.Contains("checked", output);
        var backedUp = await AssertConsistentAsync(backup);
        Assert.True(backedUp > 0);

        var restored = Path.Combine(_folder, "restored", "warehouse.db");
        (code, output, _) = await RunAsync("restore", "--from", backup, $"--ConnectionStrings:Warehouse=Data Source={restored}");
        Assert.Equal(0, code);
        Assert.Equal(backedUp, await AssertConsistentAsync(restored));
    }

    [Fact]
    public async Task A_restore_from_a_file_that_is_not_a_backup_is_refused_and_the_database_is_untouched()
    {
        await using var app = new WarehouseFactory();
        _ = app.Services;
        var notABackup = Path.Combine(_folder, "notes.db");
        await File.WriteAllTextAsync(notABackup, "this is a shopping list, not a database");
        var before = await AssertConsistentAsync(app.DatabasePath);

        var (code, _, error) = await RunAsync("restore", "--from", notABackup, $"--ConnectionStrings:Warehouse=Data Source={app.DatabasePath}");

        Assert.Equal(BackupCommand.Refused, code);
        Assert.Contains("nothing was changed", error);
        Assert.Equal(before, await AssertConsistentAsync(app.DatabasePath));
    }

    [Fact]
    public async Task A_backup_never_overwrites_a_file_and_a_server_database_is_pointed_to_its_own_tools()
    {
        await using var app = new WarehouseFactory();
        _ = app.Services;
        var existing = Path.Combine(_folder, "yesterday.db");
        await File.WriteAllTextAsync(existing, "yesterday's backup");

        var (code, _, error) = await RunAsync("backup", "--out", existing, $"--ConnectionStrings:Warehouse=Data Source={app.DatabasePath}");
        Assert.Equal(BackupCommand.Refused, code);
        Assert.Contains("never overwrites", error);
        Assert.Equal("yesterday's backup", await File.ReadAllTextAsync(existing));

        (code, _, error) = await RunAsync("backup", "--out", Path.Combine(_folder, "pg.db"), "--Database:Provider=PostgreSQL",
            "--ConnectionStrings:Warehouse=Host=db;Database=warehouse");
        Assert.Equal(BackupCommand.Usage, code);
        Assert.Contains("pg_dump", error);
        (code, _, _) = await RunAsync("backup");
        Assert.Equal(BackupCommand.Usage, code);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await BackupCommand.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// Opens the file as the app would, checks that ledger sums equal balances and both chains verify, and answers
    /// how many stock documents it holds.
    private static async Task<int> AssertConsistentAsync(string file)
    {
        var options = new DbContextOptionsBuilder<SqliteWarehouseDbContext>();
        DataServiceCollectionExtensions.ConfigureSqlite(options, $"Data Source={file};Pooling=False");
        await using var db = new SqliteWarehouseDbContext(options.Options);
        var sums = await db.StockMovements.GroupBy(m => m.BalanceId).Select(g => new { g.Key, Sum = g.Sum(m => m.Quantity) }).ToListAsync();
        var balances = await db.StockBalances.ToDictionaryAsync(b => b.Id, b => b.OnHand);
        Assert.All(sums, s => Assert.Equal(balances[s.Key], s.Sum));
        foreach (var chain in await new ChainVerifier(db).VerifyAsync())
            Assert.True(chain.Intact, $"the {chain.Name} chain breaks: {chain.Break}");
        return await db.StockDocuments.CountAsync();
    }
}
