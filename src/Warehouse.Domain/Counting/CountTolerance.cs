namespace Warehouse.Domain.Counting;

/// How large a variance may be before the line is counted again by another keeper: a line over either limit is
/// recounted. Zero limits send every variance to a recount.
public sealed record CountTolerance(int Quantity, decimal Value)
{
    public static readonly CountTolerance Default = new(2, 200m);

    public bool IsExceededBy(int variance, decimal varianceValue) =>
        Math.Abs(variance) > Quantity || Math.Abs(varianceValue) > Value;
}
