using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Common;

namespace Warehouse.Web.Features.Allocation.TransferTimes;

/// The transfer-time report of a period: per source and destination, per leg, the histogram of total minutes against
/// the target, the weekly trend and the requests delivered outside the target.
public sealed record TransferTimesPage(DateOnly From, DateOnly To, IReadOnlyList<TransferTimeRow> Rows, TimeSpan Target,
    IReadOnlyList<LegStats> Legs, IReadOnlyList<HistogramBar> Histogram, IReadOnlyList<WeekFigures> Weeks,
    IReadOnlyList<BreachRow> Breaches)
{
    /// Where the target falls on the histogram, in bar widths from its left edge (the bars within it): the chart draws its
    /// line there, between the last bar within the target and the first beyond it.
    public int TargetPosition => Histogram.TakeWhile(b => !b.OverTarget).Count();

    public bool HasDeliveries => Rows.Count > 0;

    /// A bar's span of minutes as its axis label reads: "90–120", or "> 240" for the last.
    public string BarName(HistogramBar bar) => bar.ToMinutes is { } to ? $"{bar.FromMinutes}–{to}" : $"> {bar.FromMinutes}";
}

/// Builds the report from the delivered dispatches' recorded times. The figures are the city's; the breaches, which name
/// requests and carry the manager's notes, are listed only for the requests the caller may see (a department its own).
public sealed class TransferTimesReport(AllocationQueries queries, DeliveryClocks clocks, BureauClock clock)
{
    public async Task<TransferTimesPage> PageAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var delivered = await clocks.DeliveredAsync(from, to, cancellationToken);
        var target = queries.Target;
        // The route table is worked out from the same deliveries rather than read from the database a second time.
        var routes = queries.TransferTimes(delivered.Select(d => (d.Source, d.Destination, (d.Delivered - d.Submitted).TotalMinutes)));
        return new TransferTimesPage(from, to, routes, target,
            TransferLegs.Stats(delivered), TransferFigures.Histogram(delivered.Select(TransferLegs.TotalMinutes), target),
            TransferFigures.Weeks(delivered, target, clock.Zone),
            await VisibleAsync(TransferFigures.Breaches(delivered, target), cancellationToken));
    }

    private async Task<IReadOnlyList<BreachRow>> VisibleAsync(IReadOnlyList<BreachRow> breaches, CancellationToken cancellationToken)
    {
        var ids = breaches.Select(b => b.RequestId).ToList();
        var visible = (await queries.Visible().Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken))
            .ToHashSet();
        return breaches.Where(b => visible.Contains(b.RequestId)).ToList();
    }
}
