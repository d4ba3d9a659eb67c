namespace Warehouse.Domain.Counting;

/// One scan or typed figure of a count: so many of an item (batch, unit) found in a bin, in the first count or the
/// recount. The client id, unique within its caller's scope and count, makes a retried scan land once.
public sealed class CountEntry
{
    private CountEntry() { }

    public CountEntry(int locationId, CountedGoods goods, int quantity, int round, string userName, string clientScope,
        string clientId, DateTime atUtc)
    {
        LocationId = locationId;
        ItemId = goods.ItemId;
        BatchId = goods.BatchId;
        EquipmentUnitId = goods.EquipmentUnitId;
        Quantity = quantity;
        Round = round;
        UserName = userName;
        ClientScope = clientScope;
        ClientId = clientId;
        At = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
    }

    public long Id { get; private set; }
    public int CountId { get; private set; }
    public int LocationId { get; private set; }
    public int ItemId { get; private set; }
    public int? BatchId { get; private set; }
    public int? EquipmentUnitId { get; private set; }
    public int Quantity { get; private set; }
    public int Round { get; private set; }
    public string UserName { get; private set; } = "";
    public string ClientScope { get; private set; } = "";
    public string ClientId { get; private set; } = "";
    public DateTime At { get; private set; }

    public CountedGoods Goods => new(ItemId, BatchId, EquipmentUnitId);
}

/// What was counted: an item, and its batch or equipment unit where it has one.
public readonly record struct CountedGoods(int ItemId, int? BatchId, int? EquipmentUnitId);
