using Warehouse.Domain.Allocation;
using Warehouse.Web.Features.Allocation.TransferTimes;

namespace Warehouse.Web.Tests.Allocation;

/// How a delivery's recorded times split into legs, and how the histogram and the weeks gather the totals.
public sealed class TransferLegTests
{
    private static readonly DateTime Submitted = new(2026, 11, 23, 2, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Target = TimeSpan.FromMinutes(120);

    private static DeliveryClock Clock(int[] steps, int? approved, int picking, int dispatched, int delivered, bool released = false,
        int request = 1) =>
        new(request, $"SQ{request}", "青石乡", "中心库", released, Submitted, steps.Select(m => Submitted.AddMinutes(m)).ToList(),
            approved is { } a ? Submitted.AddMinutes(a) : null, Submitted.AddMinutes(picking), Submitted.AddMinutes(dispatched),
            Submitted.AddMinutes(delivered), null, null, null);

    private static IEnumerable<TallyCount> Counts(params DeliveryClock[] clocks) => TallyCount.Of(clocks, TimeZoneInfo.Utc);

    [Fact]
    public void Each_approval_step_runs_from_the_step_before_and_the_later_legs_from_the_approval()
    {
        var legs = TransferLegs.Of(Clock([10, 25], approved: 25, picking: 40, dispatched: 55, delivered: 100));

        Assert.Equal([(LegKind.ApprovalStep, 1, 10d), (LegKind.ApprovalStep, 2, 15d), (LegKind.ToPicking, 0, 15d),
            (LegKind.Picking, 0, 15d), (LegKind.Transit, 0, 45d)], legs.Select(l => (l.Kind, l.Step, l.Minutes)));
        Assert.Equal(100, TransferLegs.TotalMinutes(Clock([10], 10, 40, 55, 100)));
    }

    [Fact]
    public void A_request_approved_without_steps_has_one_approval_leg_and_an_emergency_release_none()
    {
        Assert.Equal((LegKind.ApprovalStep, 1, 12d),
            TransferLegs.Of(Clock([], approved: 12, picking: 20, dispatched: 30, delivered: 60))
                .Select(l => (l.Kind, l.Step, l.Minutes)).First());

        var released = TransferLegs.Of(Clock([], approved: null, picking: 6, dispatched: 30, delivered: 60, released: true));
        Assert.DoesNotContain(released, l => l.Kind == LegKind.ApprovalStep);
        Assert.Equal(6, released.Single(l => l.Kind == LegKind.ToPicking).Minutes);
    }

    [Fact]
    public void Each_leg_gets_its_median_and_ninetieth_percentile_over_the_deliveries()
    {
        var stats = TransferLegs.Stats(Counts(Clock([10], 10, 20, 30, 40), Clock([20], 20, 30, 40, 90), Clock([30], 30, 40, 50, 120)));

        var transit = stats.Single(s => s.Kind == LegKind.Transit);
        Assert.Equal((3, 50d, 66d), (transit.Count, transit.MedianMinutes, transit.P90Minutes));
        Assert.Equal([LegKind.ApprovalStep, LegKind.ToPicking, LegKind.Picking, LegKind.Transit], stats.Select(s => s.Kind));
    }

    [Fact]
    public void The_histogram_counts_a_delivery_at_the_target_as_within_it_and_keeps_the_longest_in_the_last_bar()
    {
        var totals = new MinuteCounts();
        foreach (var minutes in new[] { 0, 30, 31, 120, 121, 500 })
            totals.Add(minutes, 1);
        var bars = TransferFigures.Histogram(totals, Target);

        Assert.Equal(9, bars.Count);
        Assert.Equal([2, 1, 0, 1, 1, 0, 0, 0, 1], bars.Select(b => b.Count));
        Assert.Equal([false, false, false, false, true, true, true, true, true], bars.Select(b => b.OverTarget));
        Assert.Null(bars[^1].ToMinutes);
    }

    [Fact]
    public void Weeks_follow_the_bureaus_iso_weeks_and_breaches_are_the_requests_late_after_their_last_dispatch()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        // Sunday 20:00 in UTC is already Monday of the next ISO week in Shanghai.
        var sunday = Clock([10], 10, 20, 30, 6 * 1440 + 18 * 60);
        var weeks = TransferFigures.Weeks(TallyCount.Of([sunday, Clock([10], 10, 20, 30, 60, request: 2)], zone), Target);
        Assert.Equal([("2026-W48", 1, 1d), ("2026-W49", 1, 0d)], weeks.Select(w => (w.Week, w.Count, w.WithinTargetShare)));

        var breaches = TransferFigures.Breaches([Clock([10], 10, 20, 30, 100, request: 3), Clock([10], 10, 20, 40, 130, request: 3),
            Clock([10], 10, 20, 30, 60, request: 4)], Target);
        var breach = Assert.Single(breaches);
        Assert.Equal(("SQ3", 130d, LegKind.Transit, 90d),
            (breach.Number, breach.TotalMinutes, breach.SlowestLeg!.Kind, breach.SlowestLeg.Minutes));
    }
}
