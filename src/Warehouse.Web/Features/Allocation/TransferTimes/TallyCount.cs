using Warehouse.Domain.Allocation;

namespace Warehouse.Web.Features.Allocation.TransferTimes;

/// How many deliveries fell on one tally's grain: a kept tally's count, or deliveries not yet tallied counted alike.
public readonly record struct TallyCount(TallyKey Key, long Count)
{
    /// The counts of deliveries read one by one, as the keeper would tally them.
    public static IEnumerable<TallyCount> Of(IEnumerable<DeliveryClock> clocks, TimeZoneInfo zone) =>
        clocks.SelectMany(c => TransferLegs.Tallies(c, zone)).GroupBy(k => k).Select(g => new TallyCount(g.Key, g.Count()));

    /// The counts' minutes together.
    public static MinuteCounts Gather(IEnumerable<TallyCount> counts)
    {
        var minutes = new MinuteCounts();
        foreach (var count in counts)
            minutes.Add(count.Key.Minutes, count.Count);
        return minutes;
    }
}
