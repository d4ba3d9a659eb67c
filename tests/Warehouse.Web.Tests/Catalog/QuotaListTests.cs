using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Catalog;

namespace Warehouse.Web.Tests.Catalog;

public sealed partial class QuotaListTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task The_quota_list_shows_fifty_at_a_time_in_depot_and_item_order_across_depots()
    {
        var expected = await QuotasInOrderAsync();
        Assert.True(expected.Count > 100, $"only {expected.Count} quotas");
        var admin = await factory.SignedInClientAsync("admin");

        var first = await admin.GetStringAsync("/Quotas");
        var second = await admin.GetStringAsync("/Quotas?page=2");
        var last = await admin.GetStringAsync($"/Quotas?page={(expected.Count + 49) / 50}");

        Assert.Equal(expected.Take(50), Rows(first));
        Assert.Equal(expected.Skip(50).Take(50), Rows(second));
        Assert.Equal(expected.Skip((expected.Count - 1) / 50 * 50), Rows(last));
        Assert.Contains("page=2", first);
    }

    [Fact]
    public async Task The_quota_list_finds_quotas_by_item_code_or_name_within_a_depot()
    {
        var expected = await QuotasInOrderAsync();
        var (depot, item) = await QuotaToFindAsync();
        var admin = await factory.SignedInClientAsync("admin", "en-US,en;q=0.9");

        var byCode = Rows(await admin.GetStringAsync($"/Quotas?item={item.Code.ToLowerInvariant()}"));
        var byName = Rows(await admin.GetStringAsync($"/Quotas?item={Uri.EscapeDataString(item.Name)}&depot={depot.Code}"));

        Assert.NotEmpty(byCode);
        Assert.All(byCode, r => Assert.StartsWith(item.Code, r.Item));
        Assert.Equal(expected.Where(r => r.Item.StartsWith(item.Code, StringComparison.Ordinal)), byCode);
        Assert.Equal([(depot.Name, item.Code)], byName.Where(r => r.Item == item.Code));
        Assert.All(byName, r => Assert.Equal(depot.Name, r.Depot));
    }

    [Fact]
    public async Task A_page_past_the_end_shows_the_last_page_and_a_filter_matching_nothing_shows_none()
    {
        var expected = await QuotasInOrderAsync();
        var admin = await factory.SignedInClientAsync("admin");

        var beyond = await admin.GetAsync("/Quotas?page=100000");
        var nothing = await admin.GetStringAsync("/Quotas?item=NO-SUCH-ITEM-XYZ");

        Assert.Equal(HttpStatusCode.OK, beyond.StatusCode);
        Assert.Equal(expected.Skip((expected.Count - 1) / 50 * 50), Rows(await beyond.Content.ReadAsStringAsync()));
        Assert.Empty(Rows(nothing));
    }

    /// Every quota as (depot name, item code), in the list's order; enough quotas are added first for three pages.
    private async Task<List<(string Depot, string Item)>> QuotasInOrderAsync()
    {
        await using var db = factory.NewDbContext();
        if (await db.Quotas.CountAsync() <= 100)
        {
            var taken = await db.Quotas.Select(q => new { q.DepotId, q.ItemId }).ToListAsync();
            var (depots, items) = (await db.Depots.Select(d => d.Id).ToListAsync(), await db.Items.Select(i => i.Id).ToListAsync());
            var pairs = from d in depots
                        from i in items
                        where !taken.Any(t => t.DepotId == d && t.ItemId == i)
                        select new Quota(d, i, 1, 10);
            db.Quotas.AddRange(pairs.Take(120));
            await db.SaveChangesAsync();
        }
        var rows = await db.Quotas.Select(q => new { Depot = q.Depot!.Code, DepotName = q.Depot.Name, Item = q.Item!.Code })
            .ToListAsync();
        return rows.OrderBy(r => r.Depot, StringComparer.Ordinal).ThenBy(r => r.Item, StringComparer.Ordinal)
            .Select(r => (r.DepotName, r.Item)).ToList();
    }

    private async Task<(Depot Depot, Item Item)> QuotaToFindAsync()
    {
        await using var db = factory.NewDbContext();
        var quota = await db.Quotas.Include(q => q.Depot).Include(q => q.Item).OrderBy(q => q.Id).FirstAsync();
        return (quota.Depot!, quota.Item!);
    }

    private static List<(string Depot, string Item)> Rows(string html)
    {
        var table = html[html.IndexOf("data-testid=\"quotas-table\"", StringComparison.Ordinal)..];
        return Row().Matches(table).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value)))
            .ToList();
    }

    [GeneratedRegex("<tr><td>([^<]*)</td><td class=\"wh-code\">([^<]*)</td>")]
    private static partial Regex Row();
}
