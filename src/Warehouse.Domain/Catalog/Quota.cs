using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Domain.Catalog;

/// The reserve norm of one item at one depot: below the minimum is an alert, the target is what to refill to.
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

    public void Set(int minimum, int target)
    {
        if (minimum < 0 || target <= 0 || minimum > target || target > StockRules.MaxLineQuantity)
            throw new DomainException(Errors.QuotaInvalid(StockRules.MaxLineQuantity));
        Minimum = minimum;
        Target = target;
    }

    public void Touch() => Version++;
}
