using Warehouse.Domain.Catalog;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Stock;

/// Who is acting: a signed-in user or a station, and from where.
public sealed record Actor(string UserName, int? StationId, string? Origin);

public sealed record PostingLine(
    int ItemId,
    int Quantity,
    int? LocationId = null,
    int? BatchId = null,
    string? Lot = null,
    DateOnly? Expiry = null,
    string? Supplier = null,
    int? EquipmentUnitId = null,
    string? SerialNumber = null,
    StorageMode? Mode = null);

public sealed record PostingRequest(
    DocumentKind Kind,
    int DepotId,
    StockReason Reason,
    string ClientId,
    IReadOnlyList<PostingLine> Lines,
    Actor Actor,
    string? Note = null);

public sealed record PostedLine(
    string ItemCode,
    string ItemName,
    string Unit,
    int Quantity,
    int BalanceAfter,
    string? LocationCode,
    string? BatchNumber,
    string? Lot,
    DateOnly? Expiry,
    string? AssetNumber,
    string? SerialNumber,
    StorageMode Mode);

public sealed record PostedDocument(
    int Id,
    string Number,
    DocumentKind Kind,
    StockReason Reason,
    string DepotCode,
    string DepotName,
    string UserName,
    DateTime PostedAt,
    string ClientId,
    string? Note,
    IReadOnlyList<PostedLine> Lines,
    bool Replayed = false);
