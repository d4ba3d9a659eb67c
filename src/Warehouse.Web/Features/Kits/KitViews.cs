using Warehouse.Domain.Kits;

namespace Warehouse.Web.Features.Kits;

/// What a kit lacks of one item of its bill.
public sealed record KitGap(string ItemName, int Missing);

/// One kit in the list: its label code, what it is, where, its state, expiry and completeness.
public sealed record KitRow(int Id, string Code, string DefinitionName, string DepotCode, KitState State, DateOnly? Expiry,
    IReadOnlyList<KitGap> Lacking, string PackedBy, DateTime PackedAt)
{
    public bool IsComplete => Lacking.Count == 0;
}

public sealed record KitsPage(IReadOnlyList<KitRow> Kits, bool CanPack, bool CanDefine);

/// One packed component, as the kit's page lists it.
public sealed record KitComponentRow(string ItemName, string? Batch, string? Unit, int Quantity, DateOnly? Expiry);

/// A kit's page: its components, what it lacks, and (for its depot's keeper, while it is on the shelf) the scan box that
/// packs more into it and the buttons that unpack it and print its label.
public sealed record KitPage(KitRow Kit, IReadOnlyList<KitComponentRow> Components, IReadOnlyList<(string ItemName, int Quantity)> Bill,
    bool CanPack, bool CanUnpack, bool CanPrint);

/// The start of packing: which definition, at which of the keeper's depots.
public sealed record PackPage(IReadOnlyList<(int Id, string Name)> Definitions, IReadOnlyList<(int Id, string Name)> Depots);

public sealed record KitDefinitionRow(int Id, string Code, string Name, IReadOnlyList<(int ItemId, string ItemName, int Quantity)> Lines);

public sealed record KitDefinitionsPage(IReadOnlyList<KitDefinitionRow> Definitions, bool CanDefine);
