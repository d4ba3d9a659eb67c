using System.Net;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Web.Tests.Setup;
using static Warehouse.Web.Tests.Import.OpeningStockWorkbooks;

namespace Warehouse.Web.Tests.Import;

/// A bureau moving to a new installation: the catalog export and the stock export of the demo, imported into a fresh
/// database, give the same stock line for line, posted through the ledger.
public sealed class StockRoundTripTests(WarehouseFactory demo) : IClassFixture<WarehouseFactory>, IDisposable
{
    private readonly FirstRunFactory _fresh = new();

    public void Dispose() => _fresh.Dispose();

    [Fact]
    public async Task The_catalog_and_stock_exports_imported_into_a_new_installation_give_the_same_stock_line_for_line()
    {
        var source = await demo.SignedInClientAsync("admin");
        var catalog = await source.GetByteArrayAsync("/Admin/Import/Export");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var stock = WithoutExpired(await source.GetByteArrayAsync("/Admin/Import/ExportStock"), today);
        var admin = await SetUpAsync();

        await ImportWorkbooks.ConfirmAsync(admin, await admin.UploadAsync(catalog, "catalog.xlsx"));
        var written = await ConfirmAsync(admin, await admin.UploadAsync(stock, "stock.xlsx"));

        await using var original = demo.NewDbContext();
        await using var copy = _fresh.NewDbContext();
        var expected = (await StockAsync(original)).Where(s => !IsExpired(s.Key, today)).ToDictionary();
        Assert.Equal(expected.OrderBy(s => s.Key), (await StockAsync(copy)).OrderBy(s => s.Key));
        Assert.Equal(await original.StockBalances.Where(b => b.OnHand > 0).Select(b => b.DepotId).Distinct().CountAsync(), PostedNotes(written).Count);
        Assert.Empty(await BalanceDrift.FindAsync(copy).ToListAsync());
    }

    private static bool IsExpired(string key, DateOnly today) =>
        DateOnly.TryParse(key.Split('/')[4], out var expiry) && expiry < today;

    private async Task<HttpClient> SetUpAsync()
    {
        var token = _fresh.SetupToken();
        var browser = _fresh.Browser();
        var done = await browser.PostFormAsync($"/Setup?token={token}", "/Setup", new()
        {
            ["Token"] = token, ["UserName"] = "chief", ["DisplayName"] = "王主任", ["Password"] = "Reserve#Depot-2026",
            ["Confirm"] = "Reserve#Depot-2026", ["BureauName"] = "临江市应急管理局", ["TimeZone"] = "Asia/Shanghai",
        });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        return browser;
    }
}
