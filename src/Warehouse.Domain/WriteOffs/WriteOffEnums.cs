using Warehouse.Domain.Stock;

namespace Warehouse.Domain.WriteOffs;

/// Why goods leave the books for good (报废原因).
public enum WriteOffCause
{
    Expired,
    Damaged,
    LostInUse,
}

public enum WriteOffState
{
    Pending,
    Approved,
    Rejected,
}

public static class WriteOffCauses
{
    /// The ledger reason the approved note posts with: expired and damaged goods are scrapped, lost ones are a loss.
    public static StockReason ReasonFor(WriteOffCause cause) => cause == WriteOffCause.LostInUse ? StockReason.Loss : StockReason.Scrap;
}
