using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Catalog;

namespace Warehouse.Web.Tests.Pages;

/// Below quota means the depot's stock of the item, all its lots together, is under the quota's minimum. The database
/// keeps each quota's held figure by triggers; on SQLite and PostgreSQL alike it must count the quotas the balances say.
public sealed partial class BelowQuotaTests
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_item_whose_lots_together_reach_the_minimum_is_not_below_quota_and_a_quota_with_no_stock_is(string provider)
    {
        await using var app = provider == Providers.Postgres ? new PostgresWarehouseFactory() : new WarehouseFactory();
        var depot = await NewDepotAsync(app);
        var split = await QuotaAsync(app, depot, "BQ-SPLIT", minimum: 10);
        var whole = await QuotaAsync(app, depot, "BQ-WHOLE", minimum: 10);
        var scarce = await QuotaAsync(app, depot, "BQ-SHORT", minimum: 10);
        await QuotaAsync(app, depot, "BQ-EMPTY", minimum: 3);
        var expiry = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1);
        await app.ReceiveLotsAsync(depot, (split, "A", 6, expiry), (split, "B", 5, expiry), (whole, "A", 10, expiry), (scarce, "A", 4, expiry),
            (scarce, "B", 5, expiry));
        var client = await app.SignedInClientAsync("manager", "en");

        var listed = ItemCodes(await client.GetStringAsync("/Stock?belowQuota=true&depot=BQ1&size=1000"));
        var dashboard = await client.GetStringAsync("/");

        Assert.Equal(["BQ-EMPTY", "BQ-SHORT"], listed);
        Assert.Equal(await ExpectedBelowQuotaAsync(app), DashboardCount(dashboard));
    }

    private static async Task<int> NewDepotAsync(WarehouseFactory app)
    {
        await using var db = app.NewDbContext();
        var depot = new Depot("BQ1", "定额测试库", DepotKind.StoragePoint, new GeoPoint(30.2, 120.1));
        db.Depots.Add(depot);
        await db.SaveChangesAsync();
        return depot.Id;
    }

    private static async Task<int> QuotaAsync(WarehouseFactory app, int depot, string code, int minimum)
    {
        var item = await app.NewLotItemAsync(code);
        await using var db = app.NewDbContext();
        db.Quotas.Add(new Quota(depot, item, minimum, minimum * 2));
        await db.SaveChangesAsync();
        return item;
    }

    /// Every quota against the sum of its depot's balances of the item, counted here rather than by the database.
    private static async Task<int> ExpectedBelowQuotaAsync(WarehouseFactory app)
    {
        await using var db = app.NewDbContext();
        var held = (await db.StockBalances.Select(b => new { b.DepotId, b.ItemId, b.OnHand }).ToListAsync())
            .GroupBy(b => (b.DepotId, b.ItemId)).ToDictionary(g => g.Key, g => g.Sum(b => b.OnHand));
        var quotas = await db.Quotas.Select(q => new { q.DepotId, q.ItemId, q.Minimum }).ToListAsync();
        return quotas.Count(q => held.GetValueOrDefault((q.DepotId, q.ItemId)) < q.Minimum);
    }

    private static int DashboardCount(string html) => int.Parse(BelowQuotaCount().Match(html).Groups[1].Value);

    private static List<string> ItemCodes(string html) => ListedCode().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();

    [GeneratedRegex("data-testid=\"below-quota-count\">(\\d+)<")]
    private static partial Regex BelowQuotaCount();

    [GeneratedRegex("(BQ-[A-Z]+)")]
    private static partial Regex ListedCode();
}
