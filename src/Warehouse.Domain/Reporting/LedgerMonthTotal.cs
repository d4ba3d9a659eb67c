using Warehouse.Domain.Catalog;
using Warehouse.Domain.Stock;

namespace Warehouse.Domain.Reporting;

/// The ledger's movements of one span of bureau-local days summed at the grain the reserve report reads: depot, supply
/// class, storage mode, reason and direction, valued at the items' unit prices. A projection kept up to date from the
/// ledger (never the other way round), so that a report over millions of rows reads a few thousand.
public abstract class LedgerTotal
{
    protected LedgerTotal() { }

    protected LedgerTotal(TotalKey key)
    {
        DepotId = key.DepotId;
        Class = key.Class;
        Mode = key.Mode;
        Reason = key.Reason;
        Inbound = key.Inbound;
    }

    public long Id { get; private set; }
    public int DepotId { get; private set; }
    public SupplyClass Class { get; private set; }
    public StorageMode Mode { get; private set; }
    public StockReason Reason { get; private set; }
    public bool Inbound { get; private set; }
    public long Quantity { get; private set; }
    public decimal Value { get; private set; }

    /// The first day the total covers, and the rest of its grain.
    public abstract TotalKey Key { get; }

    public void Add(long quantity, decimal value)
    {
        Quantity += quantity;
        Value += value;
    }
}

/// One bureau-local month's total: what a report reads for the whole months of its period.
public sealed class LedgerMonthTotal : LedgerTotal
{
    private LedgerMonthTotal() { }

    public LedgerMonthTotal(TotalKey key) : base(key) => Month = key.Start;

    public DateOnly Month { get; private set; }

    public override TotalKey Key => new(Month, DepotId, Class, Mode, Reason, Inbound);
}

/// One bureau-local day's total: what a report reads for the months its period starts or ends inside of, so that no
/// period, however it is cut, has to read the ledger's rows.
public sealed class LedgerDayTotal : LedgerTotal
{
    private LedgerDayTotal() { }

    public LedgerDayTotal(TotalKey key) : base(key) => Day = key.Start;

    public DateOnly Day { get; private set; }

    public override TotalKey Key => new(Day, DepotId, Class, Mode, Reason, Inbound);
}

/// Where one movement's quantity is summed: the first day of its span (a month's first day, or the day itself, bureau-local),
/// depot, class, mode, reason, direction.
public readonly record struct TotalKey(DateOnly Start, int DepotId, SupplyClass Class, StorageMode Mode, StockReason Reason,
    bool Inbound);
