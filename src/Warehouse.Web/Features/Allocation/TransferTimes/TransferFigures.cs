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
    public static IReadOnlyList<HistogramBar> Histogram(IEnumerable<double> totals, TimeSpan target)
    {
        var width = Math.Max(1, (int)Math.Round(target.TotalMinutes / 4));
        var list = totals.ToList();
        var bars = Enumerable.Range(0, 8).Select(i => (From: i * width, To: (int?)((i + 1) * width)))
            .Append((From: 8 * width, To: null)).ToList();
        return bars.Select(b => new HistogramBar(b.From, b.To,
                list.Count(m => (m > b.From || (b.From == 0 && m >= 0)) && (b.To is not { } to || m <= to)),
                b.From >= target.TotalMinutes))
            .ToList();
    }

    /// Per ISO week of the delivery in the bureau's time, oldest first.
    public static IReadOnlyList<WeekFigures> Weeks(IEnumerable<DeliveryClock> clocks, TimeSpan target, TimeZoneInfo zone) =>
        clocks.GroupBy(c => WeekOf(TimeZoneInfo.ConvertTimeFromUtc(c.Delivered, zone)))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var sorted = g.Select(TransferLegs.TotalMinutes).Order().ToList();
                return new WeekFigures(g.Key, sorted.Count, AllocationQueries.Percentile(sorted, 50),
                    AllocationQueries.Percentile(sorted, 90), sorted.Count(m => m <= target.TotalMinutes) / (double)sorted.Count);
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

    private static string WeekOf(DateTime local) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(local)}-W{ISOWeek.GetWeekOfYear(local):00}");
}
