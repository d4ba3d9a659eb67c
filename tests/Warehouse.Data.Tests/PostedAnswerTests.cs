using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Stock;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Tests;

/// The posting service answers from what it wrote, without reading the document back; these prove the answer is
/// the same as reading it back, and that the connection settings hold on every pooled connection.
public sealed class PostedAnswerTests : IDisposable
{
    private static readonly Actor Keeper = new("keeper", null, "127.0.0.1");
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_receipt_and_an_issue_answer_exactly_what_the_ledger_then_shows()
    {
        await using var db = _database.NewContext();
        var depot = await Build.DepotAsync(db);
        var bin = await Build.LocationAsync(db, depot);
        var tent = await Build.ItemAsync(db);
        var water = await Build.ItemAsync(db, "SS-0001", TrackingMode.Batch, "饮用水");
        var pump = await Build.ItemAsync(db, "GS-0001", TrackingMode.Serial, "排水泵");
        var posting = _database.Posting(db);
        var today = _database.Clock.Today;

        var received = await posting.PostAsync(new PostingRequest(DocumentKind.Receipt, depot.Id, StockReason.Purchase, "r1",
        [
            new PostingLine(tent.Id, 12, bin.Id, Mode: StorageMode.Department),
            new PostingLine(water.Id, 10, bin.Id, Lot: "L-LATE", Expiry: today.AddDays(300), Supplier: "甲公司"),
            new PostingLine(water.Id, 4, Lot: "L-EARLY", Expiry: today.AddDays(20)),
            new PostingLine(pump.Id, 1, bin.Id, SerialNumber: "p-77"),
            new PostingLine(tent.Id, 3, bin.Id, Mode: StorageMode.Department),
        ], Keeper, "到货"));
        var issued = await posting.PostAsync(new PostingRequest(DocumentKind.Issue, depot.Id, StockReason.InternalUse, "i1",
        [
            new PostingLine(water.Id, 6),
            new PostingLine(pump.Id, 1, SerialNumber: "P-77"),
            new PostingLine(tent.Id, 15),
        ], Keeper));

        foreach (var outcome in new[] { received, issued })
        {
            Assert.True(outcome.Succeeded, outcome.Error?.Message);
            var stored = await posting.LoadAsync(outcome.Value!.Id, default);
            Assert.NotNull(stored);
            Assert.Equal(stored with { Lines = [] }, outcome.Value with { Lines = [] });
            Assert.Equal(stored.Lines, outcome.Value.Lines);
        }
        Assert.Equal([4, 2, 1, 15], issued.Value!.Lines.Select(l => l.Quantity));
        Assert.Equal([0, 8, 0, 0], issued.Value.Lines.Select(l => l.BalanceAfter));
        await Invariants.AssertAsync(db);
    }

    [Fact]
    public async Task Every_pooled_connection_keeps_full_sync_foreign_keys_and_a_busy_timeout()
    {
        for (var i = 0; i < 3; i++)
        {
            await using var db = _database.NewContext();
            await db.Database.OpenConnectionAsync();
            var connection = (SqliteConnection)db.Database.GetDbConnection();

            Assert.Equal(2L, Pragma(connection, "synchronous"));
            Assert.Equal(1L, Pragma(connection, "foreign_keys"));
            Assert.Equal(30000L, Pragma(connection, "busy_timeout"));
            Assert.Equal("wal", Pragma(connection, "journal_mode"));
        }
    }

    private static object? Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return command.ExecuteScalar();
    }
}
