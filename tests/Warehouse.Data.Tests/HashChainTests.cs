using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Tests;

/// The hash chains and the append-only documents, on a real SQLite file and on PostgreSQL through the real migrations.
public sealed class HashChainTests
{
    private static readonly Actor Keeper = new("keeper", null, "127.0.0.1");

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Stock_documents_refuse_updates_and_deletes_in_raw_sql(string provider)
    {
        using var database = new TestDatabase(provider);
        await using var db = database.NewContext();
        await PostReceiptAsync(database, db);

        var update = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "StockDocuments" SET "Note" = 'changed'"""));
        Assert.Contains("append-only", update.Message);
        var delete = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "StockDocuments" """));
        Assert.Contains("append-only", delete.Message);
        Assert.Null(await db.StockDocuments.Select(d => d.Note).SingleAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Rows_written_before_the_chains_are_sealed_once_in_id_order(string provider)
    {
        using var database = new TestDatabase(provider);
        await using var db = database.NewContext();
        await PostReceiptAsync(database, db);
        // A row as an older version of the app wrote it: no sequence, no hash.
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "AuditEntries" ("At", "UserName", "Action", "Subject") """ +
            "VALUES ('2026-01-01 08:00:00', 'legacy', 'login.succeeded', 'account')");
        Assert.False((await new ChainVerifier(db).VerifyAsync()).All(c => c.Intact));

        await ChainSealer.SealAsync(db);

        var chains = await new ChainVerifier(db).VerifyAsync();
        Assert.All(chains, c => Assert.True(c.Intact, c.Break?.ToString()));
        Assert.Equal(await db.AuditEntries.CountAsync(), chains.Single(c => c.Name == "audit").Through);
        Assert.Equal(await db.AuditEntries.Where(a => a.UserName == "legacy").Select(a => a.Sequence).SingleAsync(),
            await db.AuditEntries.MaxAsync(a => a.Sequence));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_sealed_row_cannot_be_sealed_again(string provider)
    {
        using var database = new TestDatabase(provider);
        await using var db = database.NewContext();
        await PostReceiptAsync(database, db);

        var reseal = await Assert.ThrowsAnyAsync<DbException>(() =>
            db.Database.ExecuteSqlRawAsync("""UPDATE "StockMovements" SET "Hash" = 'forged', "Sequence" = 7"""));
        Assert.Contains("append-only", reseal.Message);
    }

    private static async Task PostReceiptAsync(TestDatabase database, WarehouseDbContext db)
    {
        var depot = await Build.DepotAsync(db);
        var item = await Build.ItemAsync(db);
        var outcome = await database.Posting(db).PostAsync(new PostingRequest(DocumentKind.Receipt, depot.Id, StockReason.Purchase, "in-1",
            [new PostingLine(item.Id, 5)], Keeper));
        Assert.True(outcome.Succeeded);
    }
}
