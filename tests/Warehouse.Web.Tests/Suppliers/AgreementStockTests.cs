using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Catalog;

namespace Warehouse.Web.Tests.Suppliers;

/// Agreement reserves (协议储备) shown beside our own stock: the stock, quota and item pages carry what suppliers still
/// guarantee under agreements valid today, apart from on hand, and never count an expired agreement.
public sealed class AgreementStockTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private async Task<(int Id, string Code, string DepotCode)> QuotedItemAsync()
    {
        await using var db = factory.NewDbContext();
        return await db.Quotas.Where(q => q.Item!.Tracking == TrackingMode.None).OrderBy(q => q.Item!.Code)
            .Select(q => ValueTuple.Create(q.ItemId, q.Item!.Code, q.Depot!.Code)).FirstAsync();
    }

    private static async Task<int> SupplierAsync(WarehouseFactory factory, HttpClient manager, string code)
    {
        var saved = await manager.PostFormAsync("/Suppliers/Create", "/Suppliers/Create",
            new() { ["Code"] = code, ["Name"] = "江澜帐篷厂", ["Contact"] = "赵经理", ["Phone"] = "13700000000" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = factory.NewDbContext();
        return await db.Suppliers.Where(s => s.Code == code).Select(s => s.Id).SingleAsync();
    }

    private static async Task AgreementAsync(HttpClient manager, int supplier, string number, string from, string to, string lines)
    {
        var saved = await manager.PostFormAsync("/Suppliers/Agreement", "/Suppliers/Agreement", new()
        {
            ["SupplierId"] = supplier.ToString(), ["Number"] = number, ["ValidFrom"] = from, ["ValidTo"] = to,
            ["ResponseHours"] = "6", ["Lines"] = lines,
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private static string? AgreementCell(string html, string itemCode)
    {
        var row = Regex.Match(html, $@"<tr[^>]*>(?:(?!</tr>).)*>{Regex.Escape(itemCode)}<(?:(?!</tr>).)*</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"no row of {itemCode}");
        return Regex.Match(row.Value, @"data-agreement-stock>([^<]*)</td>").Groups[1].Value.Trim();
    }

    [Fact]
    public async Task The_stock_quota_and_item_pages_show_what_valid_agreements_still_guarantee_apart_from_on_hand()
    {
        var manager = await factory.SignedInClientAsync("manager");
        var supplier = await SupplierAsync(factory, manager, "SUP-SHOW");
        var (item, code, depot) = await QuotedItemAsync();
        await AgreementAsync(manager, supplier, "XY-SHOW-01", "2026-01-01", "2099-12-31", $"{code} 300");
        await AgreementAsync(manager, supplier, "XY-SHOW-02", "2026-01-01", "2099-12-31", $"{code} 45");
        await AgreementAsync(manager, supplier, "XY-SHOW-OLD", "2020-01-01", "2020-12-31", $"{code} 900");
        await using var db = factory.NewDbContext();
        var onHand = await db.StockBalances.Where(b => b.ItemId == item && b.Depot!.Code == depot).SumAsync(b => b.OnHand);

        var stock = await manager.GetStringAsync($"/Stock?depot={depot}&item={code}");
        var quotas = await manager.GetStringAsync($"/Quotas?depot={depot}");
        var details = await manager.GetStringAsync($"/Items/Details/{item}");

        Assert.Equal("345", AgreementCell(stock, code));
        Assert.Contains($"<td class=\"num\">{onHand}</td>", stock);
        Assert.Contains("协议储备", stock);
        Assert.Contains("不在本单位库内", stock);
        Assert.Equal("345", AgreementCell(quotas, code));
        Assert.Contains("data-agreement=\"XY-SHOW-01\"", details);
        Assert.Contains("data-agreement=\"XY-SHOW-OLD\"", details);
        Assert.Contains("今日不在有效期", details);
        Assert.Equal(onHand, await db.StockBalances.Where(b => b.ItemId == item && b.Depot!.Code == depot).SumAsync(b => b.OnHand));
    }

    [Fact]
    public async Task An_item_no_agreement_covers_shows_no_agreement_reserve_and_says_so_in_english()
    {
        var english = await factory.SignedInClientAsync("manager", "en");
        await using var db = factory.NewDbContext();
        var (item, code) = await db.Items.Where(i => !db.AgreementLines.Any(l => l.ItemId == i.Id)
                && db.StockBalances.Any(b => b.ItemId == i.Id && b.OnHand > 0))
            .OrderByDescending(i => i.Code).Select(i => ValueTuple.Create(i.Id, i.Code)).FirstAsync();

        var stock = await english.GetStringAsync($"/Stock?item={code}");
        var details = await english.GetStringAsync($"/Items/Details/{item}");

        Assert.Equal("", AgreementCell(stock, code));
        Assert.Contains("Agreement reserve", stock);
        Assert.Contains("No supplier agreement covers this item.", details);
    }
}
