using Warehouse.Domain.Readiness;

namespace Warehouse.Data.Readiness;

/// The fill rates (配备率) of every equipment standard: over all places, then each township and village, worst first.
public sealed record ReadinessReport(IReadOnlyList<StandardReadiness> Standards)
{
    /// Every standard's places together.
    public FillRate Overall => FillRate.Sum(Standards.Select(s => s.Total));
}

/// One standard's rate over all places, and the places it applies to, townships and villages each worst first.
public sealed record StandardReadiness(int StandardId, string Code, string Name, FillRate Total, IReadOnlyList<PlaceReadiness> Townships,
    IReadOnlyList<PlaceReadiness> Villages);

/// A place's rate against one standard and its items, the missing ones first.
public sealed record PlaceReadiness(int PlaceId, string Code, string Name, PlaceKind Kind, string? Township, FillRate Total,
    IReadOnlyList<ItemReadiness> Items)
{
    public IEnumerable<ItemReadiness> Missing => Items.Where(i => i.Rate.Missing > 0);
}

/// Required, held and missing of one item at one place.
public sealed record ItemReadiness(int ItemId, string ItemCode, string ItemName, string Unit, FillRate Rate);
