namespace Warehouse.Domain.Counting;

/// Turns one bin's books and scans into review lines: every item, batch or unit that was expected there or found
/// there gets a line; nothing expected and nothing found gets none.
public static class CountReview
{
    public static IReadOnlyList<CountLine> LinesFor(int locationId, IReadOnlyDictionary<CountedGoods, int> expected,
        IReadOnlyDictionary<CountedGoods, int> counted, Func<int, decimal> unitPrice, bool recounted) =>
        expected.Keys.Union(counted.Keys)
            .Select(g => new CountLine(locationId, g, expected.GetValueOrDefault(g), counted.GetValueOrDefault(g), unitPrice(g.ItemId),
                recounted))
            .Where(l => l.Expected != 0 || l.Counted != 0)
            .OrderBy(l => l.ItemId).ThenBy(l => l.BatchId).ThenBy(l => l.EquipmentUnitId)
            .ToList();

    /// Line accuracy (lines without variance ÷ lines) and value accuracy (1 − |variance value| ÷ expected value).
    public static (decimal Lines, decimal Value) Accuracy(IReadOnlyCollection<CountLine> lines)
    {
        if (lines.Count == 0)
            return (1m, 1m);
        var exact = (decimal)lines.Count(l => l.Variance == 0) / lines.Count;
        var expectedValue = lines.Sum(l => l.ExpectedValue);
        var off = lines.Sum(l => Math.Abs(l.VarianceValue));
        var value = expectedValue == 0 ? (off == 0 ? 1m : 0m) : Math.Max(0m, 1m - off / expectedValue);
        return (exact, value);
    }
}
