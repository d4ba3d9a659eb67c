using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;

namespace Warehouse.Web.Tests.Api;

public sealed class RaceTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Fifty_parallel_requests_for_one_unit_against_ten_let_exactly_ten_through(string provider)
    {
        await using var own = provider == Providers.Postgres ? new PostgresWarehouseFactory() : null;
        var app = own ?? factory;
        const string item = "SJ-0101";
        await using (var db = app.NewDbContext())
        {
            var onHand = await db.StockBalances.Where(b => b.Item!.Code == item && b.Depot!.Code == "CR").SumAsync(b => b.OnHand);
            var client = app.StationClient();
            var drain = await client.PostAsJsonAsync("/api/issues", new
            {
                reason = "InternalUse", clientId = "drain", lines = new[] { new { code = item, quantity = onHand - 10 } },
            });
            Assert.Equal(HttpStatusCode.Created, drain.StatusCode);
        }

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => app.StationClient().PostAsJsonAsync("/api/issues", new
        {
            reason = "InternalUse", clientId = $"race-{i}", lines = new[] { new { code = item, quantity = 1 } },
        })));

        Assert.Equal(10, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(40, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            Assert.Contains("NotEnoughStock", await refused.Content.ReadAsStringAsync());
        await using var check = app.NewDbContext();
        Assert.Equal(0, await check.StockBalances.Where(b => b.Item!.Code == item && b.Depot!.Code == "CR").SumAsync(b => b.OnHand));
        var sums = await check.StockMovements.GroupBy(m => m.BalanceId).Select(g => new { g.Key, Sum = g.Sum(m => m.Quantity) }).ToListAsync();
        var balances = await check.StockBalances.ToDictionaryAsync(b => b.Id, b => b.OnHand);
        Assert.All(sums, s => Assert.Equal(balances[s.Key], s.Sum));
        Assert.All(balances.Values, v => Assert.True(v >= 0));
        foreach (var chain in await new ChainVerifier(check).VerifyAsync())
            Assert.True(chain.Intact, $"the {chain.Name} chain breaks: {chain.Break}");
    }
}
