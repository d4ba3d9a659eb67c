using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Stock;

/// Writes a goods-received line under the write lock: finds or makes its lot or equipment unit, then adds the
/// quantity to the balance they share with the bin and storage mode.
internal sealed class ReceiptPosting(WarehouseDbContext db, NumberSequences numbers, LedgerWriter ledger, BureauClock clock)
{
    public async Task<PostedLine> ReceiveAsync(StockDocument document, DepotRef depot, Item item, PostingLine line,
        CancellationToken cancellationToken)
    {
        if (item.CheckReceipt(line.Quantity, line.BatchId, line.Lot, line.EquipmentUnitId, line.SerialNumber) is { } refused)
            throw new DomainException(refused);
        var batch = item.Tracking == TrackingMode.Batch ? await ReceivedBatchAsync(item, line, document.Reason, cancellationToken) : null;
        var unit = item.Tracking == TrackingMode.Serial ? await ReceivedUnitAsync(depot, item, line, cancellationToken) : null;

        var key = new BalanceKey(depot.Id, line.LocationId, item.Id, batch?.Id, unit?.Id, line.Mode ?? StorageMode.Government);
        var balance = await ledger.BalanceAsync(key, cancellationToken);
        var after = await ledger.IncreaseAsync(balance.Id, line.Quantity, cancellationToken);
        document.Record(balance, line.Quantity, after);
        return new PostedLine(item.Code, item.Name, item.Unit, line.Quantity, after, depot.LocationCode(line.LocationId), batch?.Number,
            batch?.Lot, batch?.Expiry, unit?.AssetNumber, unit?.SerialNumber, balance.Mode);
    }

    /// The batch named by id, or the item's lot of that number, or a new lot with its expiry.
    private async Task<Batch> ReceivedBatchAsync(Item item, PostingLine line, StockReason reason, CancellationToken cancellationToken)
    {
        if (line.BatchId is { } batchId)
            return await db.Batches.SingleOrDefaultAsync(b => b.Id == batchId && b.ItemId == item.Id, cancellationToken)
                ?? throw new DomainException(Errors.BatchOfOtherItem($"#{batchId}", item.Code));
        var lot = line.Lot!.Trim();
        var batch = await db.Batches.SingleOrDefaultAsync(b => b.ItemId == item.Id && b.Lot == lot, cancellationToken);
        if (batch is not null)
        {
            if (line.Expiry is { } expiry && expiry != batch.Expiry)
                throw new DomainException(Errors.ExpiryMismatch(lot, batch.Expiry.ToString("yyyy-MM-dd")));
            return batch;
        }
        if (item.CheckNewLot(lot, line.Expiry, clock.Today, reason == StockReason.OpeningBalance) is { } refused)
            throw new DomainException(refused);
        var number = $"B{await numbers.NextAsync("B", cancellationToken):000000}";
        batch = new Batch(number, item, lot, line.Expiry!.Value, line.Supplier);
        db.Batches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        return batch;
    }

    /// The unit named by id or by serial number, back into stock; a serial number never seen becomes a new unit.
    private async Task<EquipmentUnit> ReceivedUnitAsync(DepotRef depot, Item item, PostingLine line, CancellationToken cancellationToken)
    {
        var unit = line.EquipmentUnitId is { } unitId
            ? await db.EquipmentUnits.SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken)
            : await db.EquipmentUnits.SingleOrDefaultAsync(
                u => u.ItemId == item.Id && u.SerialNumber == line.SerialNumber!.Trim().ToUpperInvariant(), cancellationToken);
        if (unit is null)
        {
            if (line.EquipmentUnitId is not null)
                throw new DomainException(Errors.UnknownCode($"#{line.EquipmentUnitId}"));
            var asset = $"EQ{await numbers.NextAsync("EQ", cancellationToken):000000}";
            unit = new EquipmentUnit(asset, item, line.SerialNumber!);
            db.EquipmentUnits.Add(unit);
        }
        else if (unit.ItemId != item.Id)
            throw new DomainException(Errors.UnitOfOtherItem(unit.SerialNumber, item.Code));
        else if (unit.Status == EquipmentStatus.InStock)
            throw new DomainException(Errors.UnitAlreadyInStock(unit.SerialNumber));
        unit.Receive(depot.Id);
        await db.SaveChangesAsync(cancellationToken);
        return unit;
    }
}
