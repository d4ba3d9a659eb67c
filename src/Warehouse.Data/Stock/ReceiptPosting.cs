using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Stock;

/// Writes a goods-received note under the write lock in set-based batches, whether it has one line, the API's 500 or an
/// opening-balance note's tens of thousands: its lots and units, then the balances it needs, each in one save; then the
/// quantities in a few statements; the ledger rows are recorded on the document and saved, chained and period-checked,
/// with it. A line at a time, a note took one save per new lot and balance, each save looking over everything the
/// note had tracked so far: a 500-line receipt of new lots took seconds of CPU.
internal sealed class ReceiptPosting(WarehouseDbContext db, ReceiptTracking tracking)
{
    public async Task<List<PostedLine>> ReceiveAsync(StockDocument document, DepotRef depot, Dictionary<int, Item> items,
        IReadOnlyList<PostingLine> lines, StockReason reason, CancellationToken cancellationToken)
    {
        foreach (var line in lines)
        {
            if (items[line.ItemId].CheckReceipt(line.Quantity, line.BatchId, line.Lot, line.EquipmentUnitId, line.SerialNumber) is { } refused)
                throw new DomainException(refused);
        }
        var lots = await tracking.LotsAsync(items, lines, reason, cancellationToken);
        var units = await tracking.UnitsAsync(depot.Id, items, lines, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var keys = lines.Select((l, i) => new BalanceKey(depot.Id, l.LocationId, l.ItemId, lots[i]?.Id, units[i]?.Id,
            l.Mode ?? StorageMode.Government)).ToList();
        var balances = await BalancesAsync(keys, cancellationToken);
        var afters = await BalanceIncreases.ApplyAsync(db, keys.Select(k => balances[k.ToString()].Id).ToList(), lines, cancellationToken);
        var posted = new List<PostedLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, item, balance, batch, unit) = (lines[i], items[lines[i].ItemId], balances[keys[i].ToString()], lots[i], units[i]);
            document.Record(balance, line.Quantity, afters[i]);
            posted.Add(new PostedLine(item.Code, item.Name, item.Unit, line.Quantity, afters[i], depot.LocationCode(line.LocationId),
                batch?.Number, batch?.Lot, batch?.Expiry, unit?.AssetNumber, unit?.SerialNumber, balance.Mode));
        }
        return posted;
    }

    /// The balances of the keys, by key: those held read in one query, the missing ones added in one save.
    private async Task<Dictionary<string, StockBalance>> BalancesAsync(List<BalanceKey> keys, CancellationToken cancellationToken)
    {
        var names = keys.Select(k => k.ToString()).Distinct().ToList();
        var balances = await db.StockBalances.Where(b => names.Contains(b.Key)).ToDictionaryAsync(b => b.Key, cancellationToken);
        foreach (var key in keys.DistinctBy(k => k.ToString()).Where(k => !balances.ContainsKey(k.ToString())))
            balances[key.ToString()] = db.StockBalances.Add(new StockBalance(key)).Entity;
        await db.SaveChangesAsync(cancellationToken);
        return balances;
    }
}
