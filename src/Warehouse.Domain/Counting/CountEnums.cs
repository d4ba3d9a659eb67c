namespace Warehouse.Domain.Counting;

/// Where a count stands: planned, being counted, in review (variances known), being recounted, approved or cancelled.
public enum CountState
{
    Planned,
    Counting,
    Review,
    Recounting,
    Approved,
    Cancelled,
}

public enum CountTrigger
{
    Start,
    Submit,
    Recount,
    Approve,
    Cancel,
}

/// What a count covers: a whole depot, a range of its bins, the items of one supply class, or a cycle count of the
/// bins that most need it.
public enum CountScope
{
    Depot,
    LocationRange,
    SupplyClass,
    Cycle,
}
