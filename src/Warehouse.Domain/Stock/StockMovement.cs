namespace Warehouse.Domain.Stock;

/// One row of the append-only ledger. Never updated or deleted: a correction is a new row.
public sealed class StockMovement
{
    private StockMovement() { }

    public StockMovement(StockDocument document, StockBalance balance, MovementKind kind, int quantity, int balanceAfter)
    {
        Document = document;
        BalanceId = balance.Id;
        DepotId = balance.DepotId;
        LocationId = balance.LocationId;
        ItemId = balance.ItemId;
        BatchId = balance.BatchId;
        EquipmentUnitId = balance.EquipmentUnitId;
        Kind = kind;
        Quantity = quantity;
        BalanceAfter = balanceAfter;
        UserName = document.UserName;
        StationId = document.StationId;
        OccurredAt = document.PostedAt;
    }

    public long Id { get; private set; }
    public int DocumentId { get; private set; }
    public StockDocument? Document { get; private set; }
    public int BalanceId { get; private set; }
    public int DepotId { get; private set; }
    public int? LocationId { get; private set; }
    public int ItemId { get; private set; }
    public int? BatchId { get; private set; }
    public int? EquipmentUnitId { get; private set; }
    public MovementKind Kind { get; private set; }
    public int Quantity { get; private set; }
    public int BalanceAfter { get; private set; }
    public string UserName { get; private set; } = "";
    public int? StationId { get; private set; }
    public DateTime OccurredAt { get; private set; }
}
