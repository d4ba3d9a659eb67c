using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Tests;

/// Each quota's held figure is kept by the database: it starts from what the depot already holds of the item, and every
/// posting moves it, across lots and at once from many clients, on SQLite and PostgreSQL alike.
public sealed class QuotaHeldTests : IDisposable
{
    private static readonly Actor Keeper = new("keeper", null, "127.0.0.1");
    private TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_quotas_held_figure_follows_every_posting_of_its_depot_and_item_and_no_other(string provider)
    {
        _database = _database.On(provider);
        await using var db = _database.NewContext();
        var depot = await Build.DepotAsync(db);
        var other = await Build.DepotAsync(db, "SC1");
        var water = await Build.ItemAsync(db, "SS-0001", TrackingMode.Batch, "饮用水");
        var tent = await Build.ItemAsync(db);
        var posting = _database.Posting(db);
        var expiry = _database.Clock.Today.AddDays(300);
        await PostAsync(posting, Receipt(depot.Id, "r1", new PostingLine(water.Id, 10, Lot: "A", Expiry: expiry),
            new PostingLine(water.Id, 7, Lot: "B", Expiry: expiry), new PostingLine(tent.Id, 3)));

        // A quota set after the stock came in starts from what is there, both lots together.
        db.Quotas.AddRange(new Quota(depot.Id, water.Id, 20, 40), new Quota(other.Id, water.Id, 5, 10), new Quota(depot.Id, tent.Id, 1, 5));
        await db.SaveChangesAsync();
        Assert.Equal((17, 0, 3), await HeldAsync(db, depot.Id, other.Id, water.Id, tent.Id));

        await PostAsync(posting, Receipt(other.Id, "r2", new PostingLine(water.Id, 6, Lot: "A", Expiry: expiry)));
        await PostAsync(posting, new PostingRequest(DocumentKind.Issue, depot.Id, StockReason.InternalUse, "i1",
            [new PostingLine(water.Id, 12)], Keeper));
        await PostAsync(posting, Receipt(depot.Id, "r3", new PostingLine(water.Id, 4, Lot: "C", Expiry: expiry)));

        Assert.Equal((9, 6, 3), await HeldAsync(db, depot.Id, other.Id, water.Id, tent.Id));
        // Editing a quota leaves the figure the database keeps.
        var quota = await db.Quotas.SingleAsync(q => q.DepotId == depot.Id && q.ItemId == water.Id);
        quota.Set(2, 30);
        await db.SaveChangesAsync();
        Assert.Equal((9, 6, 3), await HeldAsync(db, depot.Id, other.Id, water.Id, tent.Id));
        Assert.Equal(9, await db.StockBalances.Where(b => b.DepotId == depot.Id && b.ItemId == water.Id).SumAsync(b => b.OnHand));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Postings_at_once_from_many_clients_leave_the_held_figure_equal_to_the_balances(string provider)
    {
        _database = _database.On(provider);
        int depot, item;
        await using (var db = _database.NewContext())
        {
            depot = (await Build.DepotAsync(db)).Id;
            item = (await Build.ItemAsync(db)).Id;
            db.Quotas.Add(new Quota(depot, item, 100, 200));
            await db.SaveChangesAsync();
            await PostAsync(_database.Posting(db), Receipt(depot, "stock", new PostingLine(item, 50)));
        }

        await Task.WhenAll(Enumerable.Range(0, 16).Select(async n =>
        {
            await using var db = _database.NewContext();
            var posting = _database.Posting(db);
            await (n % 2 == 0
                ? posting.PostAsync(Receipt(depot, $"in-{n}", new PostingLine(item, 3)))
                : posting.PostAsync(new PostingRequest(DocumentKind.Issue, depot, StockReason.InternalUse, $"out-{n}",
                    [new PostingLine(item, 2)], Keeper)));
        }));

        await using var check = _database.NewContext();
        var held = await check.Quotas.AsNoTracking().Where(q => q.DepotId == depot).Select(q => q.Held).SingleAsync();
        Assert.Equal(50 + 8 * 3 - 8 * 2, held);
        Assert.Equal(held, await check.StockBalances.Where(b => b.DepotId == depot).SumAsync(b => b.OnHand));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_integrity_check_recounts_a_held_figure_moved_round_the_triggers_and_says_so(string provider)
    {
        _database = _database.On(provider);
        await using var db = _database.NewContext();
        var depot = await Build.DepotAsync(db);
        var tent = await Build.ItemAsync(db);
        var water = await Build.ItemAsync(db, "SS-0001", TrackingMode.Batch, "饮用水");
        db.Quotas.AddRange(new Quota(depot.Id, tent.Id, 1, 5), new Quota(depot.Id, water.Id, 1, 5));
        await db.SaveChangesAsync();
        await PostAsync(_database.Posting(db), Receipt(depot.Id, "r1", new PostingLine(tent.Id, 4)));
        var checks = new IntegrityChecks(db, _database.Clock, NullLogger<IntegrityChecks>.Instance);
        Assert.Equal(0, (await checks.RunAsync()).DriftingQuotas);

        // As a table rebuilt without its triggers, or an edit by hand, would leave it.
        await db.Quotas.Where(q => q.ItemId == tent.Id).ExecuteUpdateAsync(s => s.SetProperty(q => q.Held, 40));
        var found = await checks.RunAsync();

        Assert.Equal(1, found.DriftingQuotas);
        Assert.True(found.NeedsAttention);
        Assert.Equal(4, await db.Quotas.AsNoTracking().Where(q => q.ItemId == tent.Id).Select(q => q.Held).SingleAsync());
        Assert.Equal(0, await db.Quotas.AsNoTracking().Where(q => q.ItemId == water.Id).Select(q => q.Held).SingleAsync());
        var next = await checks.RunAsync();
        Assert.Equal(0, next.DriftingQuotas);
        Assert.False(next.NeedsAttention);
    }

    private static PostingRequest Receipt(int depot, string clientId, params PostingLine[] lines) =>
        new(DocumentKind.Receipt, depot, StockReason.Purchase, clientId, lines, Keeper);

    private static async Task PostAsync(StockPostingService posting, PostingRequest request)
    {
        var outcome = await posting.PostAsync(request);
        Assert.True(outcome.Succeeded, outcome.Error?.Message);
    }

    private static async Task<(int Water, int OtherWater, int Tent)> HeldAsync(WarehouseDbContext db, int depot, int other, int water,
        int tent)
    {
        var held = await db.Quotas.AsNoTracking().ToDictionaryAsync(q => (q.DepotId, q.ItemId), q => q.Held);
        return (held[(depot, water)], held[(other, water)], held[(depot, tent)]);
    }
}
