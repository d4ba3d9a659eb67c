namespace Warehouse.Domain.Counting;

/// One line of a count's review: what the books expected in a bin and what was found, priced at the item's unit price.
public sealed class CountLine
{
    private CountLine() { }

    public CountLine(int locationId, CountedGoods goods, int expected, int counted, decimal unitPrice, bool recounted)
    {
        LocationId = locationId;
        ItemId = goods.ItemId;
        BatchId = goods.BatchId;
        EquipmentUnitId = goods.EquipmentUnitId;
        Expected = expected;
        Counted = counted;
        UnitPrice = unitPrice;
        Recounted = recounted;
    }

    public long Id { get; private set; }
    public int CountId { get; private set; }
    public int LocationId { get; private set; }
    public int ItemId { get; private set; }
    public int? BatchId { get; private set; }
    public int? EquipmentUnitId { get; private set; }
    public int Expected { get; private set; }
    public int Counted { get; private set; }
    public decimal UnitPrice { get; private set; }
    public bool Recounted { get; private set; }

    public CountedGoods Goods => new(ItemId, BatchId, EquipmentUnitId);
    public int Variance => Counted - Expected;
    public decimal VarianceValue => Variance * UnitPrice;
    public decimal ExpectedValue => Expected * UnitPrice;
}
