using Warehouse.Domain.Catalog;

namespace Warehouse.Domain.Stock;

/// What is at one depot × location × item × batch/unit × storage mode. Quantities only ever change through
/// ledger postings, by atomic conditional updates in the data layer; the key makes the combination unique
/// even where parts of it are absent.
public sealed class StockBalance
{
    private StockBalance() { }

    public StockBalance(BalanceKey key)
    {
        Key = key.ToString();
        DepotId = key.DepotId;
        LocationId = key.LocationId;
        ItemId = key.ItemId;
        BatchId = key.BatchId;
        EquipmentUnitId = key.EquipmentUnitId;
        Mode = key.Mode;
    }

    public int Id { get; private set; }
    public string Key { get; private set; } = "";
    public int DepotId { get; private set; }
    public Depot? Depot { get; private set; }
    public int? LocationId { get; private set; }
    public Location? Location { get; private set; }
    public int ItemId { get; private set; }
    public Item? Item { get; private set; }
    public int? BatchId { get; private set; }
    public Batch? Batch { get; private set; }
    public int? EquipmentUnitId { get; private set; }
    public EquipmentUnit? EquipmentUnit { get; private set; }
    public StorageMode Mode { get; private set; }
    public int OnHand { get; private set; }
    public int Reserved { get; private set; }
    public int Version { get; private set; }

    public int Available => OnHand - Reserved;
}

public readonly record struct BalanceKey(int DepotId, int? LocationId, int ItemId, int? BatchId, int? EquipmentUnitId, StorageMode Mode)
{
    public override string ToString() =>
        $"{DepotId}/{LocationId ?? 0}/{ItemId}/{BatchId ?? 0}/{EquipmentUnitId ?? 0}/{(int)Mode}";
}
