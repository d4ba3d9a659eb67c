using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Stock;

/// Finds or makes the lots and equipment units of a goods-received note's lines in a few set-based steps: the items'
/// lots and units are read in one query each, the new ones are numbered in one reservation and added together. A lot
/// keeps its expiry, a new lot may not have expired (but on an opening balance), a unit in stock cannot come in again.
internal sealed class ReceiptTracking(WarehouseDbContext db, NumberSequences numbers, BureauClock clock)
{
    /// Each line's lot (null for lines of items without lots), added to the context but not saved.
    public async Task<Batch?[]> LotsAsync(Dictionary<int, Item> items, IReadOnlyList<PostingLine> lines, StockReason reason,
        CancellationToken cancellationToken)
    {
        var ids = lines.Where(l => items[l.ItemId].Tracking == TrackingMode.Batch).Select(l => l.ItemId).Distinct().ToList();
        var held = ids.Count == 0 ? [] : await db.Batches.Where(b => ids.Contains(b.ItemId)).ToListAsync(cancellationToken);
        var byId = held.ToDictionary(b => b.Id);
        var byLot = held.ToDictionary(b => (b.ItemId, b.Lot));
        var fresh = new List<(int Line, Item Item, string Lot)>();
        var lots = new Batch?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, item) = (lines[i], items[lines[i].ItemId]);
            if (item.Tracking != TrackingMode.Batch)
                continue;
            if (line.BatchId is { } batchId)
                lots[i] = byId.TryGetValue(batchId, out var named) && named.ItemId == item.Id ? named
                    : throw new DomainException(Errors.BatchOfOtherItem($"#{batchId}", item.Code));
            else if (byLot.TryGetValue((item.Id, line.Lot!.Trim()), out var known))
                lots[i] = line.Expiry is { } expiry && expiry != known.Expiry
                    ? throw new DomainException(Errors.ExpiryMismatch(known.Lot, known.Expiry.ToString("yyyy-MM-dd")))
                    : known;
            else
                fresh.Add((i, item, line.Lot.Trim()));
        }
        await AddLotsAsync(fresh, lines, lots, byLot, reason == StockReason.OpeningBalance, cancellationToken);
        return lots;
    }

    private async Task AddLotsAsync(List<(int Line, Item Item, string Lot)> fresh, IReadOnlyList<PostingLine> lines, Batch?[] lots,
        Dictionary<(int, string), Batch> byLot, bool openingBalance, CancellationToken cancellationToken)
    {
        var distinct = fresh.Select(f => (f.Item.Id, f.Lot)).Distinct().Count();
        var next = distinct == 0 ? 0 : await numbers.ReserveAsync("B", distinct, cancellationToken) - distinct + 1;
        foreach (var (index, item, lot) in fresh)
        {
            var line = lines[index];
            if (byLot.TryGetValue((item.Id, lot), out var earlier))
            {
                lots[index] = line.Expiry is { } expiry && expiry != earlier.Expiry
                    ? throw new DomainException(Errors.ExpiryMismatch(lot, earlier.Expiry.ToString("yyyy-MM-dd")))
                    : earlier;
                continue;
            }
            if (item.CheckNewLot(lot, line.Expiry, clock.Today, openingBalance) is { } refused)
                throw new DomainException(refused);
            var batch = new Batch($"B{next++:000000}", item, lot, line.Expiry!.Value, line.Supplier);
            db.Batches.Add(batch);
            byLot[(item.Id, lot)] = lots[index] = batch;
        }
    }

    /// Each line's equipment unit (null for lines of items without serial numbers), received into the depot; new serial
    /// numbers become new units, added to the context but not saved.
    public async Task<EquipmentUnit?[]> UnitsAsync(int depotId, Dictionary<int, Item> items, IReadOnlyList<PostingLine> lines,
        CancellationToken cancellationToken)
    {
        var ids = lines.Where(l => items[l.ItemId].Tracking == TrackingMode.Serial).Select(l => l.ItemId).Distinct().ToList();
        var held = ids.Count == 0 ? [] : await db.EquipmentUnits.Where(u => ids.Contains(u.ItemId)).ToListAsync(cancellationToken);
        var byId = held.ToDictionary(u => u.Id);
        var bySerial = held.ToDictionary(u => (u.ItemId, u.SerialNumber));
        var serial = lines.Where(l => items[l.ItemId].Tracking == TrackingMode.Serial).ToList();
        var created = serial.Where(l => l.EquipmentUnitId is null).Select(l => (l.ItemId, Normalized(l)))
            .Distinct().Count(key => !bySerial.ContainsKey(key));
        var next = created == 0 ? 0 : await numbers.ReserveAsync("EQ", created, cancellationToken) - created + 1;
        var units = new EquipmentUnit?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, item) = (lines[i], items[lines[i].ItemId]);
            if (item.Tracking != TrackingMode.Serial)
                continue;
            var unit = line.EquipmentUnitId is { } unitId
                ? byId.GetValueOrDefault(unitId) ?? throw new DomainException(Errors.UnknownCode($"#{unitId}"))
                : bySerial.GetValueOrDefault((item.Id, Normalized(line)));
            if (unit is null)
            {
                unit = new EquipmentUnit($"EQ{next++:000000}", item, line.SerialNumber!);
                db.EquipmentUnits.Add(unit);
                bySerial[(item.Id, unit.SerialNumber)] = unit;
            }
            else if (unit.ItemId != item.Id)
                throw new DomainException(Errors.UnitOfOtherItem(unit.SerialNumber, item.Code));
            else if (unit.Status == EquipmentStatus.InStock)
                throw new DomainException(Errors.UnitAlreadyInStock(unit.SerialNumber));
            unit.Receive(depotId);
            units[i] = unit;
        }
        return units;
    }

    private static string Normalized(PostingLine line) => line.SerialNumber!.Trim().ToUpperInvariant();
}
