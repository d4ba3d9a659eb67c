using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data.Seeding;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Web.Tests.Seeding;

/// The demo database as the app seeds it at its first start: the opening stock is db/seed/stock.json to the unit,
/// however the seeder cuts it into documents, and the demo requests stand in every state of the workflow.
public sealed class DemoDataTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task Opening_stock_is_the_seed_file_line_for_line()
    {
        var catalog = SeedCatalog.Load(Path.Combine(AppContext.BaseDirectory, "seed"));
        var clock = factory.Services.GetRequiredService<BureauClock>();
        await using var db = factory.NewDbContext();
        var opened = await (
            from m in db.StockMovements.AsNoTracking()
            join d in db.StockDocuments on m.DocumentId equals d.Id
            where d.Reason == StockReason.OpeningBalance
            join depot in db.Depots on d.DepotId equals depot.Id
            join item in db.Items on m.ItemId equals item.Id
            join l in db.Locations on m.LocationId equals l.Id
            join b in db.StockBalances on m.BalanceId equals b.Id
            join bt in db.Batches on m.BatchId equals bt.Id into batches
            from bt in batches.DefaultIfEmpty()
            join u in db.EquipmentUnits on m.EquipmentUnitId equals u.Id into units
            from u in units.DefaultIfEmpty()
            select new
            {
                Depot = depot.Code, l.Bin, Item = item.Code, b.Mode, m.Quantity, bt.Lot, Expiry = bt == null ? (DateOnly?)null : bt.Expiry,
                bt.Supplier, Serial = u.SerialNumber, d.PostedAt,
            }).ToListAsync();

        var expected = catalog.Stock.SelectMany(row => row.Serials is { Count: > 0 } serials
                ? serials.Select(serial => Line(row.Depot, row.Bin, row.Item, row.Mode, 1, null, null, null, serial.ToUpperInvariant()))
                : [Line(row.Depot, row.Bin, row.Item, row.Mode, row.Quantity, row.Lot, row.ExpiresInDays, row.Supplier, null)])
            .Order().ToList();
        var actual = opened.Select(m => Line(m.Depot, m.Bin, m.Item, m.Mode, m.Quantity, m.Lot,
                m.Expiry is { } expiry ? expiry.DayNumber - DateOnly.FromDateTime(clock.ToLocal(m.PostedAt)).DayNumber : null,
                m.Supplier, m.Serial?.ToUpperInvariant()))
            .Order().ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(catalog.Stock.Sum(s => s.Serials is { Count: > 0 } serials ? serials.Count : s.Quantity), opened.Sum(m => m.Quantity));
    }

    [Fact]
    public async Task Every_seeded_balance_is_the_sum_of_its_ledger()
    {
        await using var db = factory.NewDbContext();
        var balances = await db.StockBalances.AsNoTracking().Select(b => new { b.Id, b.OnHand }).ToListAsync();
        var ledger = await db.StockMovements.AsNoTracking().GroupBy(m => m.BalanceId)
            .Select(g => new { BalanceId = g.Key, Sum = g.Sum(m => m.Quantity) }).ToDictionaryAsync(g => g.BalanceId, g => g.Sum);

        Assert.NotEmpty(balances);
        Assert.All(balances, b => Assert.Equal(ledger.GetValueOrDefault(b.Id), b.OnHand));
    }

    [Fact]
    public async Task Demo_requests_stand_in_every_state_of_the_workflow()
    {
        await using var db = factory.NewDbContext();
        var states = await db.AllocationRequests.AsNoTracking().Select(r => r.State).Distinct().ToListAsync();

        Assert.Equal(Enum.GetValues<RequestState>().Order(), states.Order());
    }

    private static string Line(string depot, string bin, string item, StorageMode mode, int quantity, string? lot, int? expiresInDays,
        string? supplier, string? serial) =>
        $"{depot} {bin} {item} {mode} ×{quantity} lot={lot} expires+{expiresInDays} supplier={supplier} serial={serial}";
}
