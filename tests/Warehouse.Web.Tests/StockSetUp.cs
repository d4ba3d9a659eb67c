using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data.Stock;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Stock;

namespace Warehouse.Web.Tests;

/// Stock a test adds to its own app's database: new lot-tracked items, received in lots through the real posting service.
public static class StockSetUp
{
    public static async Task<int> NewLotItemAsync(this WarehouseFactory app, string code)
    {
        await using var db = app.NewDbContext();
        var item = new Item(code, "测试物资 " + code, SupplyClass.LifeRescue, "箱", TrackingMode.Batch);
        db.Items.Add(item);
        await db.SaveChangesAsync();
        return item.Id;
    }

    /// One goods receipt at the depot: each line a lot of its own (named by item and lot) with the expiry given.
    public static async Task ReceiveLotsAsync(this WarehouseFactory app, int depot,
        params (int Item, string Lot, int Quantity, DateOnly Expiry)[] lines)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<StockPostingService>().PostAsync(new PostingRequest(
            DocumentKind.Receipt, depot, StockReason.Purchase, "test-receipt-" + Guid.NewGuid().ToString("N"),
            lines.Select(l => new PostingLine(l.Item, l.Quantity, Lot: $"T{l.Item}-{l.Lot}", Expiry: l.Expiry)).ToList(),
            Actor.Product("test", null)));
        Assert.True(outcome.Succeeded, outcome.Error?.Message);
    }
}
