namespace Warehouse.Domain.Allocation;

/// Deliveries counted by whole minutes: how many, how many within a bound, and the percentiles interpolated between the
/// two deliveries each falls between (as a spreadsheet's PERCENTILE.INC), read from the counts as from the sorted list.
public sealed class MinuteCounts
{
    private readonly SortedDictionary<int, long> _counts = [];

    public long Count { get; private set; }

    public void Add(int minutes, long count)
    {
        if (count <= 0)
            return;
        _counts[minutes] = _counts.GetValueOrDefault(minutes) + count;
        Count += count;
    }

    /// The deliveries that took more than <paramref name="above"/> minutes and at most <paramref name="atMost"/> (no upper
    /// bound when null); <paramref name="above"/> below zero takes those of zero minutes too.
    public long Between(int above, int? atMost) =>
        _counts.Where(c => c.Key > above && (atMost is not { } most || c.Key <= most)).Sum(c => c.Value);

    public long AtMost(int minutes) => Between(int.MinValue, minutes);

    public double Percentile(double p)
    {
        if (Count == 0)
            return 0;
        var rank = p / 100 * (Count - 1);
        var low = (long)Math.Floor(rank);
        var high = (long)Math.Ceiling(rank);
        var (lowValue, highValue) = (At(low), At(high));
        return lowValue + (highValue - lowValue) * (rank - low);
    }

    /// The minutes of the delivery at a place in the sorted order, counted from zero.
    private int At(long index)
    {
        var passed = 0L;
        foreach (var (minutes, count) in _counts)
        {
            passed += count;
            if (index < passed)
                return minutes;
        }
        return _counts.Keys.Last();
    }
}
