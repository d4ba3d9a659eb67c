using Warehouse.Domain.Catalog;

namespace Warehouse.Domain.Reporting;

/// The class and unit price an item's movements were summed under. When the catalog changes either, the refresh takes
/// the item's rows out under the old ones and puts them back under the new, so the totals value at today's prices.
public sealed class LedgerTotalsItem
{
    private LedgerTotalsItem() { }

    public LedgerTotalsItem(int itemId, SupplyClass @class, decimal unitPrice)
    {
        ItemId = itemId;
        Class = @class;
        UnitPrice = unitPrice;
    }

    public int ItemId { get; private set; }
    public SupplyClass Class { get; private set; }
    public decimal UnitPrice { get; private set; }

    public bool Matches(SupplyClass @class, decimal unitPrice) => Class == @class && UnitPrice == unitPrice;

    public void Reprice(SupplyClass @class, decimal unitPrice)
    {
        Class = @class;
        UnitPrice = unitPrice;
    }
}
