using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Allocation;

namespace Warehouse.Web.Features.Allocation.TransferTimes;

/// The transfer-time report of a period: per source and destination, per leg, the histogram of total minutes against
/// the target, the weekly trend and the requests delivered outside the target (the slowest of them, with how many in all).
public sealed record TransferTimesPage(DateOnly From, DateOnly To, IReadOnlyList<TransferTimeRow> Rows, TimeSpan Target,
    IReadOnlyList<LegStats> Legs, IReadOnlyList<HistogramBar> Histogram, IReadOnlyList<WeekFigures> Weeks,
    IReadOnlyList<BreachRow> Breaches, int LateRequests)
{
    /// Where the target falls on the histogram, in bar widths from its left edge (the bars within it): the chart draws its
    /// line there, between the last bar within the target and the first beyond it.
    public int TargetPosition => Histogram.TakeWhile(b => !b.OverTarget).Count();

    public bool HasDeliveries => Rows.Count > 0;

    /// Whether more requests were late than are listed.
    public bool BreachesCut => LateRequests > Breaches.Count;

    /// A bar's span of minutes as its axis label reads: "90–120", or "> 240" for the last.
    public string BarName(HistogramBar bar) => bar.ToMinutes is { } to ? $"{bar.FromMinutes}–{to}" : $"> {bar.FromMinutes}";
}

/// Builds the report from the transfer tallies (whole minutes begun, per day), so a busy month costs what a quiet one
/// does. The figures are the city's; the breaches, which name requests and carry the manager's notes, are read from the
/// deliveries themselves and listed only for the requests the caller may see (a department its own).
public sealed class TransferTimesReport(AllocationQueries queries, TransferTallies tallies, DeliveryClocks clocks,
    IConfiguration configuration)
{
    /// The late requests listed, the slowest first (`Reports:TransferTimes:BreachesShown`, 100): a page of thousands would
    /// tell a manager less, not more.
    private int BreachesShown => Math.Max(1, configuration.GetValue("Reports:TransferTimes:BreachesShown", 100));

    public async Task<TransferTimesPage> PageAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var counts = await tallies.OfAsync(from, to, cancellationToken);
        var target = queries.Target;
        var totals = TallyCount.Gather(counts.Period.Where(c => c.Key.Leg == LegKind.Total));
        var (breaches, late) = await BreachesAsync(from, to, counts.Days, target, cancellationToken);
        return new TransferTimesPage(from, to, TransferFigures.Routes(counts.Period, target), target, TransferLegs.Stats(counts.Period),
            TransferFigures.Histogram(totals, target), TransferFigures.Weeks(counts.Days, target), breaches, late);
    }

    /// Only the days whose tallies hold a delivery beyond the target are searched for late requests; the slowest are then
    /// read with their legs, reasons and notes.
    private async Task<(IReadOnlyList<BreachRow> Rows, int Late)> BreachesAsync(DateOnly from, DateOnly to,
        IReadOnlyList<TallyCount> days, TimeSpan target, CancellationToken cancellationToken)
    {
        var lateDays = days.Where(c => c.Key.Minutes > target.TotalMinutes).Select(c => c.Key.Day).ToList();
        if (lateDays.Count == 0)
            return ([], 0);
        var late = await clocks.LateAsync(lateDays.Min(), lateDays.Max(), (int)target.TotalMinutes, cancellationToken);
        var ids = late.Keys.ToList();
        var visible = (await queries.Visible().Where(r => EF.Parameter(ids).Contains(r.Id)).Select(r => r.Id)
            .ToListAsync(cancellationToken)).ToHashSet();
        var slowest = late.Where(l => visible.Contains(l.Key)).OrderByDescending(l => l.Value).Take(BreachesShown)
            .Select(l => l.Key).ToList();
        var rows = TransferFigures.Breaches(await clocks.OfRequestsAsync(slowest, from, to, cancellationToken), target);
        return (rows, visible.Count);
    }
}
