using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Reporting;
using Warehouse.Domain.Common;
using Warehouse.Domain.Reporting;

namespace Warehouse.Web.Features.Reports.ReserveSummary;

/// Records the quota coverage at the end of every bureau-local month that is over, from the ledger's first month on, once
/// each: the report for a period ending at a month's end (every preset does) then reads a row per depot instead of
/// looking up each quota'd balance at that end. The figures are counted against the quotas on record when recorded,
/// which the keeper does within a round of the month's end; months before the first round are recorded then.
public sealed class QuotaCoverageRecorder(WarehouseDbContext db, QuotaCoverageQuery coverage, BureauClock clock,
    ILogger<QuotaCoverageRecorder> logger)
{
    /// A month's end is recorded this long after it, so that a posting begun just before it has been chained.
    public static readonly TimeSpan Settle = TimeSpan.FromMinutes(5);

    /// Records every month's end not yet recorded; answers how many it recorded.
    public async Task<int> RecordMissingAsync(CancellationToken cancellationToken)
    {
        var first = await db.StockMovements.MinAsync(m => (DateTime?)m.OccurredAt, cancellationToken);
        if (first is null)
            return 0;
        var zone = clock.Zone;
        var recorded = (await db.QuotaCoverageRecords.Select(r => r.End).ToListAsync(cancellationToken)).ToHashSet();
        var latest = clock.UtcNow - Settle;
        var count = 0;
        for (var month = LedgerRows.MonthOf(first.Value, zone).AddMonths(1); LedgerRows.StartOf(month, zone) <= latest; month = month.AddMonths(1))
        {
            var end = LedgerRows.StartOf(month, zone);
            if (!recorded.Contains(end) && await RecordAsync(end, cancellationToken))
                count++;
        }
        return count;
    }

    /// Counted outside the write gate (reading the past blocks no posting), written inside it; another instance that
    /// recorded the same end first wins.
    private async Task<bool> RecordAsync(DateTime end, CancellationToken cancellationToken)
    {
        var lines = await coverage.PerDepotAsync(end, cancellationToken);
        var record = new QuotaCoverageRecord(end, clock.UtcNow, lines.Select(l =>
            new QuotaCoverageRecordLine(l.DepotId, l.Lines, l.AtMinimum, l.AtTarget, l.TargetQuantity, l.CoveredQuantity)));
        try
        {
            await SqliteWriteGate.RunAsync(db, async () =>
            {
                db.QuotaCoverageRecords.Add(record);
                return await db.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            if (!await db.QuotaCoverageRecords.AnyAsync(r => r.End == end, cancellationToken))
                throw;
            logger.LogInformation("The quota coverage at {End} was recorded by another instance.", end);
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
