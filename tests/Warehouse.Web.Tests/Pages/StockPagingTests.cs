using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Auditing;

namespace Warehouse.Web.Tests.Pages;

/// The stock pages are cut from per-depot counts; read page by page they are the same list as read in one page.
public sealed partial class StockPagingTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Theory]
    [InlineData("/Stock?", 7)]
    [InlineData("/Stock?view=detail&", 9)]
    [InlineData("/Stock?belowQuota=true&", 1)]
    public async Task Small_pages_read_one_after_another_make_the_same_list_as_one_large_page(string list, int size)
    {
        var client = await factory.SignedInClientAsync("auditor", "en");
        var whole = Rows(await client.GetStringAsync($"{list}size=1000"));
        var paged = new List<string>();
        for (var page = 1; page <= (whole.Count + size - 1) / size; page++)
            paged.AddRange(Rows(await client.GetStringAsync($"{list}size={size}&page={page}")));

        Assert.True(whole.Count > size, $"only {whole.Count} rows");
        Assert.Equal(whole, paged);
        Assert.Empty(Rows(await client.GetStringAsync($"{list}size={size}&page={whole.Count / size + 2}")));
    }

    [Fact]
    public async Task The_stock_summary_lists_each_item_held_or_under_quota_at_a_depot_once()
    {
        var client = await factory.SignedInClientAsync("auditor", "en");

        var rows = Rows(await client.GetStringAsync("/Stock?size=1000"));

        await using var db = factory.NewDbContext();
        var held = await db.StockBalances.Where(b => b.OnHand > 0).Select(b => new { b.DepotId, b.ItemId }).ToListAsync();
        var quotas = await db.Quotas.Select(q => new { q.DepotId, q.ItemId }).ToListAsync();
        Assert.NotEmpty(quotas.Except(held));
        Assert.True(held.Count > held.Distinct().Count(), "no item held in two balances at one depot");
        Assert.Equal(held.Union(quotas).Count(), rows.Count);
    }

    [Fact]
    public async Task The_dashboard_counts_every_movement_of_the_ledger()
    {
        var client = await factory.SignedInClientAsync("manager", "en");

        var dashboard = await client.GetStringAsync("/");

        await using var db = factory.NewDbContext();
        var movements = await db.StockMovements.CountAsync();
        Assert.True(movements > 0);
        Assert.Equal(movements, await db.ChainHeads.Where(h => h.Name == HashChain.Ledger).Select(h => (int)h.Sequence).SingleAsync());
        Assert.Matches($"<div class=\"wh-stat\">{movements}</div>\\s*<div class=\"wh-stat-label\">Ledger movements</div>", dashboard);
    }

    /// Each row of a stock table as its cells' text, links and tags taken out.
    private static List<string> Rows(string html)
    {
        var body = html[(html.IndexOf("<tbody>", StringComparison.Ordinal) + 7)..html.IndexOf("</tbody>", StringComparison.Ordinal)];
        return RowTag().Matches(body).Select(m => WebUtility.HtmlDecode(Tag().Replace(m.Value, "|")))
            .Select(r => Regex.Replace(r, @"\s+", " ")).ToList();
    }

    [GeneratedRegex("<tr[^>]*>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowTag();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
