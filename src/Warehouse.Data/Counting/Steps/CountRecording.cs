using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Counting;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Counting.Steps;

/// Records one scan of a count, blind: the keeper never sees what the books expect. The first scan in a bin notes the
/// ledger's last row, so the bin's expected figures are the books as they stood then. A retried scan lands once.
public sealed class CountRecording(CountStepRunner runner, WarehouseDbContext db, BureauClock clock)
{
    public async Task<Outcome<CountScanResult>> RecordAsync(int countId, CountScan scan, WorkflowActor actor)
    {
        if (!StockRules.IsValidClientId(scan.ClientId))
            return Errors.ClientIdInvalid();
        if (scan.Quantity < 0)
            return Errors.CountQuantityNegative(scan.Quantity);
        if (scan.Quantity > StockRules.MaxLineQuantity)
            return Errors.QuantityTooLarge(scan.Quantity, StockRules.MaxLineQuantity);
        if (await EarlierAsync(countId, actor, scan.ClientId) is { } earlier)
            return earlier;
        var outcome = await runner.RunAsync(() => RecordInTransactionAsync(countId, scan, actor), result => result);
        // A retry that raced its first scan lost on the unique index: it still gets the first answer.
        return outcome.Succeeded ? outcome : await EarlierAsync(countId, actor, scan.ClientId) ?? outcome;
    }

    private async Task<CountScanResult> RecordInTransactionAsync(int countId, CountScan scan, WorkflowActor actor)
    {
        var count = await runner.LoadAsync(countId);
        if (!actor.KeepsDepot(count.DepotId))
            throw new DomainException(Errors.DepotNotYours($"#{count.DepotId}"));
        if (count.State == CountState.Planned)
            new CountWorkflow(count, actor).Fire(CountTrigger.Start);
        if (count.State is not (CountState.Counting or CountState.Recounting))
            throw new DomainException(Errors.CountNotCounting(count.Number));
        var recount = count.State == CountState.Recounting;
        if (!recount && count.CounterNames.Count > 0 && !count.CounterNames.Contains(actor.UserName, StringComparer.OrdinalIgnoreCase)
            && !actor.IsManager)
            throw new DomainException(Errors.NotACounter(count.Number));
        var location = count.LocationOf(scan.LocationId, scan.LocationCode);
        if (scan.Goods is { } goods)
            await CheckGoodsAsync(count, goods, scan.Quantity);
        location.Begin(actor.UserName, await runner.LedgerMarkerAsync(), clock.UtcNow, recount);
        if (scan.Goods is null)
            return new CountScanResult(location.LocationCode, location.Round, null, 0);
        count.Add(new CountEntry(location.LocationId, scan.Goods.Value, scan.Quantity, location.Round, actor.UserName, actor.ClientScope,
            scan.ClientId, clock.UtcNow));
        var soFar = count.Entries.Where(e => e.LocationId == location.LocationId && e.Round == location.Round && e.Goods == scan.Goods)
            .Sum(e => e.Quantity);
        return new CountScanResult(location.LocationCode, location.Round, scan.Goods.Value.ItemId, soFar);
    }

    private async Task CheckGoodsAsync(StockCount count, CountedGoods goods, int quantity)
    {
        var item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == goods.ItemId)
            ?? throw new DomainException(Errors.UnknownCode($"#{goods.ItemId}"));
        if (count.Class is { } @class && item.Class != @class)
            throw new DomainException(Errors.ItemOutsideCount(item.Label, count.Number));
        if (item.Tracking == TrackingMode.Batch && goods.BatchId is null)
            throw new DomainException(Errors.LotRequired(item.Label));
        if (item.Tracking != TrackingMode.Serial)
            return;
        if (goods.EquipmentUnitId is not { } unitId)
            throw new DomainException(Errors.SerialRequired(item.Label));
        if (quantity > 1)
            throw new DomainException(Errors.SerialQuantityMustBeOne(item.Label));
        var unit = await db.EquipmentUnits.AsNoTracking().SingleAsync(u => u.Id == unitId);
        if (unit.Status != EquipmentStatus.InStock || unit.DepotId != count.DepotId)
        {
            var depot = await db.Depots.AsNoTracking().Where(d => d.Id == count.DepotId).Select(d => d.Code).SingleAsync();
            throw new DomainException(Errors.UnitAtOtherDepot(unit.SerialNumber, depot));
        }
    }

    private async Task<CountScanResult?> EarlierAsync(int countId, WorkflowActor actor, string clientId)
    {
        var entry = await db.Set<CountEntry>().AsNoTracking()
            .SingleOrDefaultAsync(e => e.CountId == countId && e.ClientScope == actor.ClientScope && e.ClientId == clientId);
        if (entry is null)
            return null;
        var code = await db.Locations.Where(l => l.Id == entry.LocationId).Select(l => l.Code).SingleAsync();
        var soFar = await db.Set<CountEntry>().Where(e => e.CountId == countId && e.LocationId == entry.LocationId && e.Round == entry.Round
                && e.ItemId == entry.ItemId && e.BatchId == entry.BatchId && e.EquipmentUnitId == entry.EquipmentUnitId)
            .SumAsync(e => e.Quantity);
        return new CountScanResult(code, entry.Round, entry.ItemId, soFar, Replayed: true);
    }
}
