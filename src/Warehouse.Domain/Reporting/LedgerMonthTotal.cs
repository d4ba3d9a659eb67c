using Warehouse.Domain.Catalog;
using Warehouse.Domain.Stock;

namespace Warehouse.Domain.Reporting;

/// The ledger's movements of one bureau-local month summed at the grain the reserve report reads: depot, supply class,
/// storage mode, reason and direction, valued at the items' unit prices. A projection kept up to date from the ledger
/// (never the other way round), so that a report over millions of rows reads a few thousand.
public sealed class LedgerMonthTotal
{
    private LedgerMonthTotal() { }

    public LedgerMonthTotal(TotalKey key)
    {
        Month = key.Month;
        DepotId = key.DepotId;
        Class = key.Class;
        Mode = key.Mode;
        Reason = key.Reason;
        Inbound = key.Inbound;
    }

    public long Id { get; private set; }
    public DateOnly Month { get; private set; }
    public int DepotId { get; private set; }
    public SupplyClass Class { get; private set; }
    public StorageMode Mode { get; private set; }
    public StockReason Reason { get; private set; }
    public bool Inbound { get; private set; }
    public long Quantity { get; private set; }
    public decimal Value { get; private set; }

    public TotalKey Key => new(Month, DepotId, Class, Mode, Reason, Inbound);

    public void Add(long quantity, decimal value)
    {
        Quantity += quantity;
        Value += value;
    }
}

/// Where one movement's quantity is summed: its month (the first day, bureau-local), depot, class, mode, reason, direction.
public readonly record struct TotalKey(DateOnly Month, int DepotId, SupplyClass Class, StorageMode Mode, StockReason Reason,
    bool Inbound);
