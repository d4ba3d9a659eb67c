using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Allocation;

/// Which balance a scan at the picking desk takes from, and the first-expiry-first-out check for batches.
public sealed class PickableBalances(WarehouseDbContext db, BureauClock clock, Kits.KitHoldings kits)
{
    /// <paramref name="repairWaived"/>: a manager let a unit under repair go out, so its repair status does not refuse it.
    public async Task<(int BalanceId, int? BatchId)> FindAsync(Dispatch dispatch, Item item, ScannedGoods goods, int quantity,
        int? locationId, string? fefoOverride, bool repairWaived = false) =>
        item.Tracking == TrackingMode.Serial
            ? (await UnitBalanceAsync(dispatch.SourceDepotId, item, goods, quantity, repairWaived), null)
            : await BatchBalanceAsync(dispatch, item, goods, quantity, locationId, fefoOverride);

    private async Task<int> UnitBalanceAsync(int depotId, Item item, ScannedGoods goods, int quantity, bool repairWaived)
    {
        if (goods.EquipmentUnitId is not { } unitId)
            throw new DomainException(Errors.SerialRequired(item.Label));
        if (quantity != 1)
            throw new DomainException(Errors.SerialQuantityMustBeOne(item.Label));
        var unit = await db.EquipmentUnits.AsNoTracking().SingleAsync(u => u.Id == unitId);
        if (await kits.KitOfUnitAsync(unitId) is { } kit)
            throw new DomainException(Errors.PackedInKit(item.Label, kit));
        var balanceId = await db.StockBalances.Where(b => b.DepotId == depotId && b.EquipmentUnitId == unitId && b.OnHand > 0)
            .Select(b => (int?)b.Id).FirstOrDefaultAsync();
        var onShelf = unit.Status == EquipmentStatus.InStock || (repairWaived && unit.Status == EquipmentStatus.InRepair);
        if (!onShelf || unit.DepotId != depotId || balanceId is null)
            throw new DomainException(Errors.UnitNotInStock(unit.SerialNumber, await db.DepotCodeAsync(depotId)));
        return balanceId.Value;
    }

    private async Task<(int BalanceId, int? BatchId)> BatchBalanceAsync(Dispatch dispatch, Item item, ScannedGoods goods, int quantity,
        int? locationId, string? fefoOverride)
    {
        var today = clock.Today;
        var rows = await (
            from b in db.StockBalances
            where b.DepotId == dispatch.SourceDepotId && b.ItemId == item.Id && b.OnHand > 0
                && (locationId == null || b.LocationId == locationId)
            join bt in db.Batches on b.BatchId equals bt.Id into batches
            from bt in batches.DefaultIfEmpty()
            select new { b.Id, b.BatchId, b.OnHand, Expiry = bt == null ? (DateOnly?)null : bt.Expiry,
                Number = bt == null ? null : bt.Number })
            .ToListAsync();
        // What kits hold is not free for a loose pick: it counts as taken, like this dispatch's own picks.
        var pickedFrom = dispatch.Picks.GroupBy(p => p.BalanceId).ToDictionary(g => g.Key, g => g.Sum(p => p.Quantity));
        foreach (var (balanceId, held) in await kits.OnBalancesAsync(rows.Select(r => r.Id).ToList(), dispatch.Id))
            pickedFrom[balanceId] = pickedFrom.GetValueOrDefault(balanceId) + held;
        var usable = rows.Where(r => r.OnHand - pickedFrom.GetValueOrDefault(r.Id) >= quantity && (r.Expiry is null || r.Expiry >= today))
            .OrderBy(r => r.Expiry ?? DateOnly.MaxValue).ThenBy(r => dispatch.Reservations.Any(v => v.BalanceId == r.Id) ? 0 : 1)
                .ThenBy(r => r.Id)
            .ToList();
        if (goods.BatchId is { } batchId)
        {
            var chosen = rows.FirstOrDefault(r => r.BatchId == batchId);
            if (chosen?.Expiry is { } expiry && expiry < today)
                throw new DomainException(Errors.BatchExpired(chosen.Number!));
            var fit = usable.FirstOrDefault(r => r.BatchId == batchId)
                ?? throw new DomainException(Errors.NotEnoughStock(item.Label, quantity,
                    chosen is null ? 0 : chosen.OnHand - pickedFrom.GetValueOrDefault(chosen.Id)));
            var earliest = usable.First();
            if (earliest.Expiry < fit.Expiry && string.IsNullOrWhiteSpace(fefoOverride))
                throw new DomainException(Errors.FefoViolation(fit.Number!, fit.Expiry!.Value, earliest.Number!, earliest.Expiry!.Value));
            return (fit.Id, batchId);
        }
        var first = usable.FirstOrDefault()
            ?? throw new DomainException(Errors.NotEnoughStock(item.Label, quantity, rows.Sum(r => r.OnHand) - pickedFrom.Values.Sum()));
        return (first.Id, first.BatchId);
    }
}
