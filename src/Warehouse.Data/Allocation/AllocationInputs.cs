using Warehouse.Domain.Allocation;

namespace Warehouse.Data.Allocation;

public sealed record DraftInput(
    string Incident,
    EmergencyLevel Level,
    DateTime NeededByUtc,
    DestinationKind DestinationKind,
    int? DestinationDepotId,
    string? DestinationName,
    double? Latitude,
    double? Longitude,
    string ContactName,
    string ContactPhone,
    string? Note,
    IReadOnlyList<(int ItemId, int Quantity)> Lines,
    int? DestinationPlaceId = null);

/// A manager's decision on one line: how much is granted, from which depots and what is called up from which agreements.
public sealed record LineDecision(int ItemId, int Approved, IReadOnlyList<(int DepotId, int Quantity)> Sources,
    IReadOnlyList<(int AgreementId, int Quantity)>? CallUps = null);

/// What a keeper scanned at the source depot, already resolved from the code.
public sealed record ScannedGoods(int ItemId, int? BatchId, int? EquipmentUnitId);

public sealed record PickResult(int PickId, string ItemName, int Picked, int Needed, bool Replayed);

public sealed record DeliveryCodes(string DispatchNumber, string QrCode, string ShortCode);

/// Where the system would take a line from: the nearest depots with free stock, then the central reserve; what they
/// cannot cover (or all of it, where agreements come first) from supplier agreements valid today.
public sealed record SourceProposal(int ItemId, string ItemCode, string ItemName, string Unit, int Requested,
    IReadOnlyList<(int DepotId, int Quantity)> Proposed, IReadOnlyList<SourceOption> Options)
{
    public IReadOnlyList<Suppliers.AgreementOption> Agreements { get; init; } = [];
    public IReadOnlyList<(int AgreementId, int Quantity)> ProposedCallUps { get; init; } = [];
}

public sealed record SourceOption(int DepotId, string DepotCode, string DepotName, int Available, double? DistanceKm);
