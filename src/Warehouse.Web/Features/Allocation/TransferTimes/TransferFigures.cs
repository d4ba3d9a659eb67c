using System.Globalization;
using Warehouse.Domain.Allocation;

namespace Warehouse.Web.Features.Allocation.TransferTimes;

/// One bar of the histogram of total minutes: deliveries that took more than <paramref name="FromMinutes"/> and at
/// most <paramref name="ToMinutes"/> (no upper end for the last bar).
public sealed record HistogramBar(int FromMinutes, int? ToMinutes, int Count, bool OverTarget);

/// One ISO week of deliveries: how many, median and 90th-percentile total minutes, the share within the target.
public sealed record WeekFigures(string Week, int Count, double MedianMinutes, double P90Minutes, double WithinTargetShare);

/// A request delivered outside the target: its total, its slowest leg, and the reason the manager gave at close.
public sealed record BreachRow(int RequestId, string Number, string Destination, double TotalMinutes, Leg? SlowestLeg,
    BreachReason? Reason, string? Note, string? ClosedBy);

/// The histogram, the weekly trend and the breaches of a period's deliveries.
public static class TransferFigures
{
    /// Bars a quarter of the target wide up to twice the target, then one bar for everything longer.
    public static IReadOnlyList<HistogramBar> Histogram(MinuteCounts totals, TimeSpan target)
    {
        var width = Math.Max(1, (int)Math.Round(target.TotalMinutes / 4));
        var bars = Enumerable.Range(0, 8).Select(i => (From: i * width, To: (int?)((i + 1) * width)))
            .Append((From: 8 * width, To: null)).ToList();
        return bars.Select(b => new HistogramBar(b.From, b.To, (int)totals.Between(b.From == 0 ? -1 : b.From, b.To),
                b.From >= target.TotalMinutes))
            .ToList();
    }

    /// Per source and destination, from the totals' counts: how many, median and 90th-percentile minutes, the share within
    /// the target.
    public static IReadOnlyList<TransferTimeRow> Routes(IEnumerable<TallyCount> counts, TimeSpan target) =>
        counts.Where(c => c.Key.Leg == LegKind.Total).GroupBy(c => (c.Key.Source, c.Key.Destination))
            .Select(g =>
            {
                var minutes = TallyCount.Gather(g);
                return new TransferTimeRow(g.Key.Source, g.Key.Destination, (int)minutes.Count, minutes.Percentile(50),
                    minutes.Percentile(90), minutes.AtMost((int)target.TotalMinutes) / (double)minutes.Count);
            })
            .OrderBy(r => r.Source).ThenBy(r => r.Destination).ToList();

    /// Per ISO week of the delivery in the bureau's time, oldest first, from the totals' counts.
    public static IReadOnlyList<WeekFigures> Weeks(IEnumerable<TallyCount> counts, TimeSpan target) =>
        counts.Where(c => c.Key.Leg == LegKind.Total).GroupBy(c => WeekOf(c.Key.Day))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var minutes = TallyCount.Gather(g);
                return new WeekFigures(g.Key, (int)minutes.Count, minutes.Percentile(50), minutes.Percentile(90),
                    minutes.AtMost((int)target.TotalMinutes) / (double)minutes.Count);
            })
            .ToList();

    /// Requests whose last delivery came later than the target after submission, slowest first.
    public static IReadOnlyList<BreachRow> Breaches(IEnumerable<DeliveryClock> clocks, TimeSpan target) =>
        clocks.GroupBy(c => c.RequestId)
            .Select(g => (Clock: g.First(), Total: g.Max(TransferLegs.TotalMinutes), Legs: g.SelectMany(TransferLegs.Of).ToList()))
            .Where(r => r.Total > target.TotalMinutes)
            .OrderByDescending(r => r.Total)
            .Select(r => new BreachRow(r.Clock.RequestId, r.Clock.Number, r.Clock.Destination, r.Total,
                r.Legs.MaxBy(l => l.Minutes), r.Clock.Reason, r.Clock.Note, r.Clock.ClosedBy))
            .ToList();

    private static string WeekOf(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}");
    }
}
