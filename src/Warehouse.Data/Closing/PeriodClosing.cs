using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Closing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Counting;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Closing;

/// Closes a period: refuses one that has not ended, overlaps a closed period or an open count; otherwise freezes the
/// report (the caller's snapshot, built inside the same transaction so no posting slips between it and the digest),
/// stores the ledger's digests and records the close, all in one transaction.
public sealed class PeriodClosing(WarehouseDbContext db, LedgerDigests digests, AuditTrail audit, BureauClock clock)
{
    public Task<Outcome<ClosedPeriod>> CloseAsync(ReportPeriod period, Func<Task<string>> snapshot, WorkflowActor actor,
        CancellationToken cancellationToken = default) =>
        WorkflowTransaction.RunAsync<ClosedPeriod, ClosedPeriod, ClosedPeriod>(db, async () =>
        {
            var (start, end) = (Utc(period.From), Utc(period.To.AddDays(1)));
            await RefuseAsync(period, start, end, cancellationToken);
            var frozen = await snapshot();
            var digest = await digests.ComputeAsync(start, end, cancellationToken);
            var closed = new ClosedPeriod(period, start, end, actor.UserName, clock.UtcNow, frozen, digest);
            db.ClosedPeriods.Add(closed);
            audit.Record(AuditActor.Of(actor), AuditActions.PeriodClosed, closed.Label, $"{digest.Rows} rows, SHA-256 {digest.Digest}");
            return closed;
        }, closed => closed);

    private async Task RefuseAsync(ReportPeriod period, DateTime start, DateTime end, CancellationToken cancellationToken)
    {
        if (period.To > clock.Today)
            throw new DomainException(Errors.PeriodNotOver(Day(period.To)));
        var overlapping = await db.ClosedPeriods.AsNoTracking().Where(p => p.StartsAt < end && p.EndsAt > start)
            .Select(p => new { p.From, p.To }).FirstOrDefaultAsync(cancellationToken);
        if (overlapping is not null)
            throw new DomainException(Errors.PeriodOverlapsClosed(Day(overlapping.From), Day(overlapping.To)));
        // A count planned before the period ended and still open will post adjustments its figures should have held.
        var open = await db.StockCounts.AsNoTracking()
            .Where(c => c.PlannedAt < end && c.State != CountState.Approved && c.State != CountState.Cancelled)
            .Select(c => c.Number).FirstOrDefaultAsync(cancellationToken);
        if (open is not null)
            throw new DomainException(Errors.PeriodOverlapsOpenCount(open));
    }

    private DateTime Utc(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), clock.Zone);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd");
}
