using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Counting;

namespace Warehouse.Data.Counting;

/// What the books expected in a count's bins at the moment each was counted: today's balances less every ledger row
/// posted there since the bin's marker. So an issue posted while the keeper counted is no variance.
public sealed class CountExpectations(WarehouseDbContext db)
{
    public async Task<Dictionary<CountedGoods, int>> AtMarkerAsync(StockCount count, CountLocation location)
    {
        var marker = location.StandingMarker ?? long.MaxValue;
        var balances = await db.StockBalances.AsNoTracking()
            .Where(b => b.LocationId == location.LocationId && b.DepotId == count.DepotId)
            .Where(b => count.Class == null || db.Items.Any(i => i.Id == b.ItemId && i.Class == count.Class))
            .Select(b => new { b.Id, b.ItemId, b.BatchId, b.EquipmentUnitId, b.OnHand })
            .ToListAsync();
        var since = await db.StockMovements.AsNoTracking()
            .Where(m => m.LocationId == location.LocationId && m.Id > marker)
            .GroupBy(m => m.BalanceId).Select(g => new { g.Key, Quantity = g.Sum(m => m.Quantity) })
            .ToDictionaryAsync(g => g.Key, g => g.Quantity);
        return balances
            .GroupBy(b => new CountedGoods(b.ItemId, b.BatchId, b.EquipmentUnitId))
            .ToDictionary(g => g.Key, g => g.Sum(b => b.OnHand - since.GetValueOrDefault(b.Id)));
    }

    /// What the standing round of a bin's scans found.
    public static Dictionary<CountedGoods, int> Counted(StockCount count, CountLocation location) =>
        count.Entries.Where(e => e.LocationId == location.LocationId && e.Round == location.Round)
            .GroupBy(e => e.Goods).ToDictionary(g => g.Key, g => g.Sum(e => e.Quantity));

    public async Task<Dictionary<int, decimal>> PricesAsync(IEnumerable<int> itemIds)
    {
        var ids = itemIds.Distinct().ToList();
        return await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.UnitPrice);
    }
}
