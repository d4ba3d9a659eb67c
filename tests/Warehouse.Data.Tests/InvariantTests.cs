using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Tests;

/// The five rules of the ledger (DESIGN.md §3), checked on a real SQLite file and on PostgreSQL, under concurrency too.
public sealed class InvariantTests
{
    private static readonly Actor Keeper = new("keeper", null, "127.0.0.1");

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Ledger_sums_equal_balances_after_a_mixed_day_of_postings(string provider)
    {
        using var database = new TestDatabase(provider);
        await using var db = database.NewContext();
        var depot = await Build.DepotAsync(db);
        var bins = new[] { await Build.LocationAsync(db, depot, "A-01-01"), await Build.LocationAsync(db, depot, "A-01-02") };
        var items = new[] { await Build.ItemAsync(db, "A-1"), await Build.ItemAsync(db, "A-2"), await Build.ItemAsync(db, "A-3") };
        var posting = database.Posting(db);
        var random = new Random(7);
        var refused = 0;
        for (var i = 0; i < 120; i++)
        {
            var item = items[random.Next(items.Length)];
            var bin = bins[random.Next(bins.Length)];
            var kind = random.Next(3) == 0 ? DocumentKind.Receipt : DocumentKind.Issue;
            var outcome = await posting.PostAsync(new PostingRequest(kind, depot.Id,
                kind == DocumentKind.Receipt ? StockReason.Purchase : StockReason.InternalUse, $"c{i}",
                [new PostingLine(item.Id, random.Next(1, 20), random.Next(2) == 0 ? bin.Id : null)], Keeper));
            if (!outcome.Succeeded)
            {
                Assert.Equal("NotEnoughStock", outcome.Error!.Code);
                refused++;
            }
        }

        Assert.InRange(refused, 1, 119);
        await Invariants.AssertAsync(db);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Fifty_parallel_issues_of_one_against_ten_units_let_exactly_ten_through(string provider)
    {
        using var database = new TestDatabase(provider);
        int depotId, itemId;
        await using (var setup = database.NewContext())
        {
            depotId = (await Build.DepotAsync(setup)).Id;
            itemId = (await Build.ItemAsync(setup)).Id;
            await database.Posting(setup).PostAsync(new PostingRequest(DocumentKind.Receipt, depotId, StockReason.Purchase, "stock",
                [new PostingLine(itemId, 10)], Keeper));
        }

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            await using var db = database.NewContext();
            return await database.Posting(db).PostAsync(new PostingRequest(DocumentKind.Issue, depotId, StockReason.InternalUse, $"race-{i}",
                [new PostingLine(itemId, 1)], Keeper));
        })));

        Assert.Equal(10, outcomes.Count(o => o.Succeeded));
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal("NotEnoughStock", o.Error!.Code));
        await using var check = database.NewContext();
        Assert.Equal(0, await check.StockBalances.SumAsync(b => b.OnHand));
        await Invariants.AssertAsync(check);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Parallel_receipts_of_one_new_lot_all_post_into_one_lot_and_one_balance(string provider)
    {
        using var database = new TestDatabase(provider);
        int depotId, itemId;
        await using (var setup = database.NewContext())
        {
            depotId = (await Build.DepotAsync(setup)).Id;
            itemId = (await Build.ItemAsync(setup, "SH-0002", TrackingMode.Batch, "瓶装水")).Id;
        }
        var expiry = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
        {
            await using var db = database.NewContext();
            return await database.Posting(db).PostAsync(new PostingRequest(DocumentKind.Receipt, depotId, StockReason.Purchase, $"truck-{i}",
                [new PostingLine(itemId, 5, Lot: "FLOOD-2026", Expiry: expiry)], Keeper));
        })));

        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Error?.Code));
        await using var check = database.NewContext();
        Assert.Equal(1, await check.Batches.CountAsync(b => b.ItemId == itemId));
        Assert.Equal(60, (await check.StockBalances.SingleAsync(b => b.ItemId == itemId)).OnHand);
        Assert.Equal(12, await check.StockDocuments.CountAsync());
        await Invariants.AssertAsync(check);
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_same_client_id_posted_in_parallel_is_recorded_once(string provider)
    {
        using var database = new TestDatabase(provider);
        int depotId, itemId;
        await using (var setup = database.NewContext())
        {
            depotId = (await Build.DepotAsync(setup)).Id;
            itemId = (await Build.ItemAsync(setup)).Id;
        }

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var db = database.NewContext();
            return await database.Posting(db).PostAsync(new PostingRequest(DocumentKind.Receipt, depotId, StockReason.Purchase, "double-trigger",
                [new PostingLine(itemId, 4)], Keeper));
        })));

        Assert.All(outcomes, o => Assert.True(o.Succeeded));
        Assert.Single(outcomes.Select(o => o.Value!.Number).Distinct());
        await using var check = database.NewContext();
        Assert.Equal(4, await check.StockBalances.SumAsync(b => b.OnHand));
        Assert.Equal(1, await check.StockDocuments.CountAsync());
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Ledger_rows_cannot_be_updated_or_deleted_by_the_app_or_by_sql(string provider)
    {
        using var database = new TestDatabase(provider);
        await using var db = database.NewContext();
        var depot = await Build.DepotAsync(db);
        var item = await Build.ItemAsync(db);
        await database.Posting(db).PostAsync(new PostingRequest(DocumentKind.Receipt, depot.Id, StockReason.Purchase, "r1",
            [new PostingLine(item.Id, 3)], Keeper));

        var movement = await db.StockMovements.SingleAsync();
        db.StockMovements.Remove(movement);
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        db.ChangeTracker.Clear();

        var update = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "StockMovements" SET "Quantity" = 99"""));
        Assert.Contains("append-only", update.Message);
        var delete = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "StockMovements" """));
        Assert.Contains("append-only", delete.Message);
        await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEntries" """));
        Assert.Equal(3, await db.StockMovements.SumAsync(m => m.Quantity));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_database_itself_refuses_negative_on_hand_and_over_reservation(string provider)
    {
        using var database = new TestDatabase(provider);
        await using var db = database.NewContext();
        var depot = await Build.DepotAsync(db);
        var item = await Build.ItemAsync(db);
        await database.Posting(db).PostAsync(new PostingRequest(DocumentKind.Receipt, depot.Id, StockReason.Purchase, "r1",
            [new PostingLine(item.Id, 3)], Keeper));

        await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "StockBalances" SET "OnHand" = -1"""));
        await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "StockBalances" SET "Reserved" = 4"""));
        Assert.Equal(3, await db.StockBalances.SumAsync(b => b.OnHand));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Opening_balance_is_only_for_setting_up(string provider)
    {
        using var database = new TestDatabase(provider);
        await using var db = database.NewContext();
        var depot = await Build.DepotAsync(db);
        var item = await Build.ItemAsync(db);

        var outcome = await database.Posting(db).PostAsync(new PostingRequest(DocumentKind.Receipt, depot.Id, StockReason.OpeningBalance, "r1",
            [new PostingLine(item.Id, 3)], Keeper));

        Assert.Equal("ReasonNotAllowed", outcome.Error?.Code);
    }
}

/// Checks every rule of the ledger against what is in the database now.
public static class Invariants
{
    public static async Task AssertAsync(WarehouseDbContext db)
    {
        var sums = await db.StockMovements.GroupBy(m => m.BalanceId)
            .Select(g => new { BalanceId = g.Key, Sum = g.Sum(m => m.Quantity) })
            .ToDictionaryAsync(x => x.BalanceId, x => x.Sum);
        foreach (var balance in await db.StockBalances.AsNoTracking().ToListAsync())
        {
            Assert.Equal(sums.GetValueOrDefault(balance.Id), balance.OnHand);
            Assert.True(balance.OnHand >= 0, $"balance {balance.Id} is negative");
            Assert.InRange(balance.Reserved, 0, balance.OnHand);
        }
        var lastAfter = await db.StockMovements.GroupBy(m => m.BalanceId)
            .Select(g => new { BalanceId = g.Key, Last = g.OrderByDescending(m => m.Id).Select(m => m.BalanceAfter).First() })
            .ToListAsync();
        foreach (var row in lastAfter)
            Assert.Equal(sums[row.BalanceId], row.Last);
        var documents = await db.StockDocuments.Select(d => d.Number).ToListAsync();
        var audited = await db.AuditEntries.Where(a => a.Action == AuditActions.StockReceipt || a.Action == AuditActions.StockIssue)
            .Select(a => a.Subject).ToListAsync();
        Assert.Equal(documents.Order(), audited.Order());
        foreach (var chain in await new ChainVerifier(db).VerifyAsync())
            Assert.True(chain.Intact, $"the {chain.Name} chain breaks: {chain.Break}");
    }
}
