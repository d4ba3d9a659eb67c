using Warehouse.Domain.Allocation;

namespace Warehouse.Domain.Tests;

/// The transfer tallies count whole minutes begun, and their percentiles read as those of the sorted minutes.
public sealed class TransferTallyTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(-3.5, 0)]
    [InlineData(60, 60)]
    [InlineData(120.2, 121)]
    [InlineData(120.999, 121)]
    [InlineData(0.01, 1)]
    public void A_leg_counts_the_minutes_it_began(double minutes, int whole) =>
        Assert.Equal(whole, TransferTally.WholeMinutes(minutes));

    [Fact]
    public void A_delivery_a_moment_over_the_target_stays_over_it()
    {
        var minutes = (TimeSpan.FromMinutes(120) + TimeSpan.FromMilliseconds(1)).TotalMinutes;
        var counts = new MinuteCounts();
        counts.Add(TransferTally.WholeMinutes(minutes), 1);

        Assert.Equal(0, counts.AtMost(120));
        Assert.Equal(1, counts.Between(120, null));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(250)]
    public void Percentiles_from_the_counts_are_those_of_the_sorted_list(int size)
    {
        var random = new Random(size);
        var minutes = Enumerable.Range(0, size).Select(_ => random.Next(0, 300)).Order().ToList();
        var counts = new MinuteCounts();
        foreach (var group in minutes.GroupBy(m => m))
            counts.Add(group.Key, group.Count());

        foreach (var p in new[] { 0d, 10, 50, 90, 100 })
            Assert.Equal(Interpolated(minutes, p), counts.Percentile(p), 9);
        Assert.Equal(size, counts.Count);
        Assert.Equal(minutes.Count(m => m <= 120), counts.AtMost(120));
        Assert.Equal(minutes.Count(m => m > 30 && m <= 60), counts.Between(30, 60));
    }

    [Fact]
    public void No_deliveries_read_as_zero_and_a_count_of_none_adds_nothing()
    {
        var counts = new MinuteCounts();
        counts.Add(30, 0);

        Assert.Equal((0L, 0d), (counts.Count, counts.Percentile(50)));
    }

    /// PERCENTILE.INC over a sorted list, written out here.
    private static double Interpolated(List<int> sorted, double p)
    {
        var rank = p / 100 * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}
