namespace Warehouse.Domain.Allocation;

/// Why a request was delivered outside the target (超时原因), given by the manager who closes it; reports count them.
public enum BreachReason
{
    RoadBlocked = 1,
    StockShort,
    ApprovalLate,
    TransportLate,
    SiteUnreachable,

    /// Any other cause, said in the note, which is then required.
    Other,
}

/// What a manager says at close about a delivery outside the target: the reason, and a note (required for "other").
public sealed record BreachAccount(BreachReason? Reason, string? Note);
