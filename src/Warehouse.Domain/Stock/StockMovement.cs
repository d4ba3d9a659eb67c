using Warehouse.Domain.Auditing;

namespace Warehouse.Domain.Stock;

/// One row of the append-only ledger. Never updated or deleted: a correction is a new row.
public sealed class StockMovement : IChained
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
    public long? Sequence { get; private set; }
    public string? PreviousHash { get; private set; }
    public string? Hash { get; private set; }

    /// Covers the document by its number: the row is hashed before the database hands out the document's id.
    public IEnumerable<string?> ChainContent(string? documentNumber) =>
    [
        documentNumber, HashChain.Text(BalanceId), HashChain.Text(DepotId), HashChain.Text(LocationId), HashChain.Text(ItemId),
        HashChain.Text(BatchId), HashChain.Text(EquipmentUnitId), Kind.ToString(), HashChain.Text(Quantity), HashChain.Text(BalanceAfter),
        UserName, HashChain.Text(StationId), HashChain.Text(OccurredAt),
    ];

    public string Seal(long sequence, string previousHash, string? documentNumber)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        return Hash = HashChain.Link(previousHash, sequence, ChainContent(documentNumber));
    }
}
