using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;

namespace Warehouse.Web.Features.Allocation.TransferTimes;

/// A period's counts: each grain over the whole period (on its first day), for the routes, the legs and the histogram;
/// and the totals of each day, city-wide, for the weeks and for finding the days with a late delivery.
public sealed record PeriodTallies(IReadOnlyList<TallyCount> Period, IReadOnlyList<TallyCount> Days);

/// A period's transfer tallies: the kept counts of its days, summed by the database, and the deliveries the keeper has
/// not tallied yet (the last minute's, or all of them just after an upgrade) counted alike, so the figures are whole
/// either way. What the report reads grows with the routes and the minutes deliveries took, not with their number.
public sealed class TransferTallies(WarehouseDbContext db, DeliveryClocks clocks, BureauClock clock)
{
    public async Task<PeriodTallies> OfAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var kept = db.TransferTallies.AsNoTracking().Where(t => t.Day >= from && t.Day <= to);
        var period = await kept.GroupBy(t => new { t.Leg, t.Step, t.Source, t.Destination, t.Minutes })
            .Select(g => new { g.Key.Leg, g.Key.Step, g.Key.Source, g.Key.Destination, g.Key.Minutes, Count = g.Sum(t => (long)t.Count) })
            .ToListAsync(cancellationToken);
        var days = await kept.Where(t => t.Leg == LegKind.Total).GroupBy(t => new { t.Day, t.Minutes })
            .Select(g => new { g.Key.Day, g.Key.Minutes, Count = g.Sum(t => (long)t.Count) })
            .ToListAsync(cancellationToken);
        var untallied = TallyCount.Of(await clocks.UntalliedAsync(from, to, cancellationToken), clock.Zone).ToList();
        return new PeriodTallies(
            period.Select(t => new TallyCount(new TallyKey(from, t.Leg, t.Step, t.Source, t.Destination, t.Minutes), t.Count))
                .Concat(untallied.Select(c => c with { Key = c.Key with { Day = from } }))
                .ToList(),
            days.Select(t => new TallyCount(DayTotal(t.Day, t.Minutes), t.Count))
                .Concat(untallied.Where(c => c.Key.Leg == LegKind.Total).Select(c => c with { Key = DayTotal(c.Key.Day, c.Key.Minutes) }))
                .ToList());
    }

    private static TallyKey DayTotal(DateOnly day, int minutes) => new(day, LegKind.Total, 0, "", "", minutes);
}
