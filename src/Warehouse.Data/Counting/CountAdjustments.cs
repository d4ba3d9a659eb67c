using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Counting;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Counting;

/// Writes an approved count's variances into the ledger: a gain note (盘盈) and a loss note (盘亏) carrying the count's
/// number, through the same atomic balance moves every posting uses. A serial unit found in another bin is moved
/// there; one not found anywhere is booked out as missing.
public sealed class CountAdjustments(WarehouseDbContext db, LedgerWriter ledger, WorkflowDocuments documents)
{
    private StockDocument? _gain;
    private StockDocument? _loss;

    public async Task<(string? Gain, string? Loss)> PostAsync(StockCount count, WorkflowActor actor)
    {
        (_gain, _loss) = (null, null);
        var varied = count.Lines.Where(l => l.Variance != 0).ToList();
        foreach (var line in varied.Where(l => l.EquipmentUnitId is null))
        {
            if (line.Variance > 0)
                await GainAsync(count, actor, line.LocationId, line.Goods, line.Variance);
            else
                await LoseAsync(count, actor, line.LocationId, line.Goods, -line.Variance);
        }
        foreach (var unit in varied.Where(l => l.EquipmentUnitId is not null).GroupBy(l => l.EquipmentUnitId!.Value))
            await SettleUnitAsync(count, actor, unit.Key, unit.ToList());
        return (_gain?.Number, _loss?.Number);
    }

    private async Task SettleUnitAsync(StockCount count, WorkflowActor actor, int unitId, List<CountLine> lines)
    {
        var equipment = await db.EquipmentUnits.SingleAsync(u => u.Id == unitId);
        var foundAt = lines.FirstOrDefault(l => l.Variance > 0);
        var held = await db.StockBalances.AsNoTracking().Where(b => b.EquipmentUnitId == unitId && b.DepotId == count.DepotId && b.OnHand > 0)
            .Select(b => b.LocationId).FirstOrDefaultAsync();
        if (foundAt is null)
        {
            await LoseAsync(count, actor, held ?? lines[0].LocationId, lines[0].Goods, 1);
            equipment.Issue(EquipmentStatus.Lost);
            return;
        }
        if (held is { } from && from != foundAt.LocationId)
            await LoseAsync(count, actor, from, foundAt.Goods, 1);
        if (held != foundAt.LocationId)
            await GainAsync(count, actor, foundAt.LocationId, foundAt.Goods, 1);
    }

    private async Task GainAsync(StockCount count, WorkflowActor actor, int locationId, CountedGoods goods, int quantity)
    {
        var mode = await Balances(count.DepotId, locationId, goods).Select(b => (StorageMode?)b.Mode).FirstOrDefaultAsync()
            ?? StorageMode.Government;
        var balance = await ledger.BalanceAsync(
            new BalanceKey(count.DepotId, locationId, goods.ItemId, goods.BatchId, goods.EquipmentUnitId, mode), default);
        var after = await ledger.IncreaseAsync(balance.Id, quantity, default);
        _gain ??= await documents.OpenAsync(DocumentKind.Receipt, StockReason.CountGain, count.DepotId, $"count-{count.Number}-gain", actor,
            count.Number);
        _gain.Record(balance, quantity, after);
    }

    private async Task LoseAsync(StockCount count, WorkflowActor actor, int locationId, CountedGoods goods, int quantity)
    {
        var remaining = quantity;
        foreach (var balance in await Balances(count.DepotId, locationId, goods).Where(b => b.OnHand > 0).OrderBy(b => b.Id).ToListAsync())
        {
            var take = Math.Min(remaining, balance.OnHand - balance.Reserved);
            if (take <= 0 || await ledger.DecreaseAsync(balance.Id, take, default) is not { } after)
                continue;
            _loss ??= await documents.OpenAsync(DocumentKind.Issue, StockReason.CountLoss, count.DepotId, $"count-{count.Number}-loss",
                actor, count.Number);
            _loss.Record(balance, -take, after);
            remaining -= take;
        }
        if (remaining > 0)
        {
            var item = await db.Items.AsNoTracking().SingleAsync(i => i.Id == goods.ItemId);
            throw new DomainException(Errors.NotEnoughStock(item.Label, quantity, quantity - remaining));
        }
    }

    private IQueryable<StockBalance> Balances(int depotId, int locationId, CountedGoods goods) =>
        db.StockBalances.AsNoTracking().Where(b => b.DepotId == depotId && b.LocationId == locationId && b.ItemId == goods.ItemId
            && b.BatchId == goods.BatchId && b.EquipmentUnitId == goods.EquipmentUnitId);
}
