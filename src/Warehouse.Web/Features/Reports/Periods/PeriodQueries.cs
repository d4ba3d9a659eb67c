using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Closing;
using Warehouse.Domain.Closing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Reports.Periods;

/// The closed periods' pages: the list, and a period's frozen report with its ledger digest computed again now.
public sealed class PeriodQueries(WarehouseDbContext db, LedgerDigests digests, CallerPermissions permissions, BureauClock clock)
{
    public async Task<PeriodsPage> IndexAsync(CancellationToken cancellationToken)
    {
        var periods = await Rows(db.ClosedPeriods.AsNoTracking().OrderByDescending(p => p.From)).ToListAsync(cancellationToken);
        var lastHalf = ReportPeriod.Preset(null, clock.Today);
        var (from, to) = clock.Today.Month > 6 ? (lastHalf.From, lastHalf.To)
            : (lastHalf.From.AddMonths(-6), lastHalf.From.AddDays(-1));
        return new PeriodsPage(periods, from, to, await permissions.MayAsync(Policies.ClosePeriods));
    }

    /// The period's page; null when there is no such period.
    public async Task<PeriodPage?> PageAsync(int id, CancellationToken cancellationToken)
    {
        var period = await db.ClosedPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (period is null)
            return null;
        var differences = await digests.DifferencesAsync(id, period.StartsAt, period.EndsAt, cancellationToken);
        var row = new ClosedPeriodRow(period.Id, period.From, period.To, period.ClosedBy, period.ClosedAt, period.Rows, period.Digest,
            period.SignedOffBy, period.SignedOffAt, period.SignOffComment);
        return new PeriodPage(row, PeriodSnapshot.Thaw(period.Snapshot), differences,
            !period.IsSignedOff && await permissions.MayAsync(Policies.SignOffPeriods));
    }

    private static IQueryable<ClosedPeriodRow> Rows(IQueryable<ClosedPeriod> periods) =>
        periods.Select(p => new ClosedPeriodRow(p.Id, p.From, p.To, p.ClosedBy, p.ClosedAt, p.Rows, p.Digest, p.SignedOffBy, p.SignedOffAt,
            p.SignOffComment));
}
