using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Suppliers;

/// One line of a call-up as the receiving keeper counts it at the depot: the quantity, the lot and expiry of a
/// batch-tracked item, the serial number of each unit of a serial-numbered one.
public sealed record CallUpArrival(int ItemId, int Quantity, string? Lot = null, DateOnly? Expiry = null,
    IReadOnlyList<string>? SerialNumbers = null)
{
    /// The serial numbers given, as the ledger keeps them (trimmed, upper case), blanks left out.
    public IReadOnlyList<string> Serials =>
        (SerialNumbers ?? []).Select(s => s.Trim().ToUpperInvariant()).Where(s => s.Length > 0).ToList();
}

/// What a call-up received into a depot must match before it is posted: what the receipt itself checks (lots, expiry,
/// units already in stock) is the goods-received note's own rule and is left to it.
public static class CallUpArrivals
{
    public static DomainError? Check(CallUp callUp, IReadOnlyList<CallUpArrival> arrivals, IReadOnlyDictionary<int, Item> items)
    {
        string Label(int itemId) => items.TryGetValue(itemId, out var item) ? item.Label : $"#{itemId}";
        if (arrivals.FirstOrDefault(a => callUp.Lines.All(l => l.ItemId != a.ItemId)) is { } stranger)
            return Errors.CallUpItemNotOrdered(callUp.Number, Label(stranger.ItemId));
        foreach (var line in callUp.Lines)
        {
            var received = arrivals.Where(a => a.ItemId == line.ItemId).ToList();
            var quantity = received.Sum(a => (long)a.Quantity);
            if (quantity != line.Quantity)
                return Errors.CallUpQuantityMismatch(Label(line.ItemId), line.Quantity, quantity);
            if (items[line.ItemId].Tracking == TrackingMode.Serial && received.Sum(a => a.Serials.Count) is var count && count != quantity)
                return Errors.CallUpSerialCount(Label(line.ItemId), line.Quantity, count);
        }
        return arrivals.SelectMany(a => a.Serials).GroupBy(s => s).FirstOrDefault(g => g.Count() > 1) is { } twice
            ? Errors.CallUpSerialDuplicated(twice.Key)
            : null;
    }
}
