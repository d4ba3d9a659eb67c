using Warehouse.Domain.Common;

namespace Warehouse.Domain.Stock;

/// A posted goods-received note (入库单) or issue note (出库单). The client id, unique within its caller's scope, makes a
/// retried scan land once; the request fingerprint tells a retry from a different request under the same id.
public sealed class StockDocument
{
    private readonly List<StockMovement> _movements = [];

    private StockDocument() { }

    public StockDocument(string number, DocumentKind kind, StockReason reason, int depotId, ClientKey clientKey,
        string userName, int? stationId, DateTime postedAtUtc, string? note)
    {
        Number = number;
        Kind = kind;
        Reason = reason;
        DepotId = depotId;
        ClientId = clientKey.Id;
        ClientScope = clientKey.Scope;
        RequestFingerprint = clientKey.Fingerprint;
        UserName = userName;
        StationId = stationId;
        PostedAt = DateTime.SpecifyKind(postedAtUtc, DateTimeKind.Utc);
        Note = note;
    }

    public int Id { get; private set; }
    public string Number { get; private set; } = "";
    public DocumentKind Kind { get; private set; }
    public StockReason Reason { get; private set; }
    public int DepotId { get; private set; }
    public string ClientId { get; private set; } = "";
    public string ClientScope { get; private set; } = "";
    public string? RequestFingerprint { get; private set; }
    public string UserName { get; private set; } = "";
    public int? StationId { get; private set; }
    public DateTime PostedAt { get; private set; }
    public string? Note { get; private set; }
    public IReadOnlyList<StockMovement> Movements => _movements;

    public StockMovement Record(StockBalance balance, int signedQuantity, int balanceAfter)
    {
        var movement = new StockMovement(this, balance, StockReasons.MovementFor(Kind, Reason), signedQuantity, balanceAfter);
        _movements.Add(movement);
        return movement;
    }
}
