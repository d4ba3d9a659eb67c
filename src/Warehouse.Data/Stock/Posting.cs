using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Stock;

/// Who is acting: a signed-in user or a station, and from where. Their client ids live in their own scope: a station's
/// by its id, a user's by their user id (their user name when no id is given); the product's own postings carry
/// <see cref="ClientScopes.Product"/>, which no caller's scope can equal.
public sealed record Actor(string UserName, int? StationId, string? Origin, string? UserId = null, bool IsProduct = false)
{
    public string ClientScope => IsProduct ? ClientScopes.Product
        : StationId is { } station ? ClientScopes.ForStation(station)
        : ClientScopes.ForUser(UserId ?? UserName);

    /// The product itself posting (seeding, setting up): its client ids cannot be reached by any caller.
    public static Actor Product(string userName, string? origin) => new(userName, null, origin, IsProduct: true);
}

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
    string? Note = null,
    int? PlaceId = null);

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
