namespace Warehouse.Domain.Readiness;

/// Required against held for one item, or summed over many (配备率): what counts as held is capped at what is required,
/// so a surplus of one item never hides the gap of another.
public readonly record struct FillRate(int Required, int Held)
{
    public int Covered => Math.Min(Required, Held);

    public int Missing => Required - Covered;

    /// The share of the requirement that is held, 0 to 1; a place that needs nothing is fully equipped.
    public double Rate => Required == 0 ? 1 : (double)Covered / Required;

    public static FillRate Sum(IEnumerable<FillRate> parts) =>
        parts.Aggregate(new FillRate(0, 0), (sum, part) => new FillRate(sum.Required + part.Required, sum.Held + part.Covered));
}
