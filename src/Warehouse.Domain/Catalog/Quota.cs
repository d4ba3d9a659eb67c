using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Domain.Catalog;

/// The reserve norm of one item at one depot: below the minimum is an alert, the target is what to refill to,
/// and the reserve floor (储备底线) is stock that may only be drawn with the higher approval authority.
public sealed class Quota : IVersioned
{
    private Quota() { }

    public Quota(int depotId, int itemId, int minimum, int target)
    {
        DepotId = depotId;
        ItemId = itemId;
        Set(minimum, target);
    }

    public int Id { get; private set; }
    public int Version { get; private set; }
    public int DepotId { get; private set; }
    public Depot? Depot { get; private set; }
    public int ItemId { get; private set; }
    public Item? Item { get; private set; }
    public int Minimum { get; private set; }
    public int Target { get; private set; }
    public int ReserveFloor { get; private set; }

    /// What the depot holds of the item, all its lots, units and bins together: kept by the database on every change to
    /// a balance, never set here, so a count of the quotas below their minimum reads the quotas alone. A quota loaded
    /// before a posting holds the figure it was read with.
    public int Held { get; private set; }

    public void Set(int minimum, int target)
    {
        if (minimum < 0 || target <= 0 || minimum > target || target > StockRules.MaxLineQuantity)
            throw new DomainException(Errors.QuotaInvalid(StockRules.MaxLineQuantity));
        Minimum = minimum;
        Target = target;
        ReserveFloor = Math.Min(ReserveFloor, target);
    }

    /// Sets the reserve floor: zero (none) up to the target.
    public void SetReserveFloor(int floor)
    {
        if (floor < 0 || floor > Target)
            throw new DomainException(Errors.ReserveFloorInvalid(Target));
        ReserveFloor = floor;
    }

    /// Whether leaving <paramref name="remaining"/> on hand would draw into the reserve floor.
    public bool BreaksFloor(int remaining) => ReserveFloor > 0 && remaining < ReserveFloor;

    public void Touch() => Version++;
}
