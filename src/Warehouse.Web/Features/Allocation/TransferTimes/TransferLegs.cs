using Warehouse.Domain.Allocation;

namespace Warehouse.Web.Features.Allocation.TransferTimes;

/// One stretch of one delivery; <paramref name="Step"/> numbers the approval steps (0 for the other legs).
public sealed record Leg(LegKind Kind, int Step, double Minutes);

/// How long one leg took over the period's deliveries.
public sealed record LegStats(LegKind Kind, int Step, int Count, double MedianMinutes, double P90Minutes);

/// Splits delivered dispatches and call-ups into legs and gathers their figures.
public static class TransferLegs
{
    /// The legs of one delivered dispatch. The approval legs are its request's: each step runs from the end of the one
    /// before (the first from submission); a request approved without recorded steps has one. An emergency release went
    /// out before approval, so it has no approval legs and its picking leg counts from submission.
    public static IReadOnlyList<Leg> Of(DeliveryClock clock)
    {
        var legs = new List<Leg>();
        var approved = clock.Submitted;
        if (!clock.Released)
        {
            IReadOnlyList<DateTime> steps = clock.StepsDecided.Count > 0 ? clock.StepsDecided
                : clock.Approved is { } at ? [at] : [];
            for (var i = 0; i < steps.Count; i++)
            {
                legs.Add(new Leg(LegKind.ApprovalStep, i + 1, Minutes(approved, steps[i])));
                approved = steps[i];
            }
            approved = clock.Approved ?? approved;
        }
        if (clock.PickingStarted is { } picking)
        {
            legs.Add(new Leg(LegKind.ToPicking, 0, Minutes(approved, picking)));
            if (clock.Dispatched is { } left)
                legs.Add(new Leg(LegKind.Picking, 0, Minutes(picking, left)));
        }
        if (clock.Dispatched is { } sent)
            legs.Add(new Leg(LegKind.Transit, 0, Minutes(sent, clock.Delivered)));
        if (clock.CalledUp)
            legs.Add(new Leg(LegKind.Supplier, 0, Minutes(approved, clock.Delivered)));
        return legs;
    }

    /// From submission to delivery.
    public static double TotalMinutes(DeliveryClock clock) => Minutes(clock.Submitted, clock.Delivered);

    /// The tallies of one delivery, on the bureau's day it was delivered: its whole time on its route, and each of its
    /// legs city-wide.
    public static IEnumerable<TallyKey> Tallies(DeliveryClock clock, TimeZoneInfo zone)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.Delivered, zone));
        yield return new TallyKey(day, LegKind.Total, 0, clock.Source, clock.Destination, TransferTally.WholeMinutes(TotalMinutes(clock)));
        foreach (var leg in Of(clock))
            yield return new TallyKey(day, leg.Kind, leg.Step, "", "", TransferTally.WholeMinutes(leg.Minutes));
    }

    /// Median and 90th percentile of each leg over the counts, the approval steps in their order first.
    public static IReadOnlyList<LegStats> Stats(IEnumerable<TallyCount> counts) =>
        counts.Where(c => c.Key.Leg != LegKind.Total).GroupBy(c => (c.Key.Leg, c.Key.Step))
            .OrderBy(g => g.Key.Leg).ThenBy(g => g.Key.Step)
            .Select(g =>
            {
                var minutes = TallyCount.Gather(g);
                return new LegStats(g.Key.Leg, g.Key.Step, (int)minutes.Count, minutes.Percentile(50), minutes.Percentile(90));
            })
            .ToList();

    private static double Minutes(DateTime from, DateTime to) => Math.Max(0, (to - from).TotalMinutes);
}
