using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Data;
using Warehouse.Data.Reporting;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Domain.Counting;
using Warehouse.Domain.Stock;
using Warehouse.Web.Features.Allocation;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Reports.ReserveSummary;

/// Builds the reserve summary from the ledger's month and day totals (brought up to the ledger's head first) and the rows
/// chained since: the opening stock and the flows inside the period, valued at each item's unit price; closing is opening
/// plus the flows; then the sections.
public sealed class ReserveSummaryQueries(WarehouseDbContext db, LedgerTotalsRefresh refresh, LedgerFlows ledger, QuotaCoverageQuery coverage,
    AllocationQueries allocations, BureauClock clock, CurrentUser user, LedgerTotalsKeeper keeper, IOptions<LedgerTotalsOptions> totals)
{
    /// The report, or why it cannot be answered yet: totals far behind the ledger (a rebuild after an upgrade) are
    /// brought up to date by the keeper in the background, not inside a request that would hold the write gate for minutes.
    public async Task<Outcome<ReserveSummaryReport>> TryBuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var lag = await refresh.LagAsync(cancellationToken);
        if (lag.Rows > totals.Value.InRequestRows)
        {
            keeper.Nudge();
            return Errors.ReportTotalsCatchingUp(lag.Reached, lag.Head);
        }
        // Rows chained since the totals' mark are read as rows by the report itself, so only repriced items (whose summed
        // rows must move) need a refresh first; otherwise the report takes no write lock and leaves the rest to the keeper.
        return await BuildAsync(period, refreshFirst: lag.Repriced > 0, cancellationToken);
    }

    public Task<ReserveSummaryReport> BuildAsync(ReportPeriod period, CancellationToken cancellationToken) =>
        BuildAsync(period, refreshFirst: true, cancellationToken);

    private async Task<ReserveSummaryReport> BuildAsync(ReportPeriod period, bool refreshFirst, CancellationToken cancellationToken)
    {
        var (start, end) = (Utc(period.From), Utc(period.To.AddDays(1)));
        var (rows, coverageAtEnd) = await RowsAsync(period, end, refreshFirst, cancellationToken);
        var (routes, dispatches) = await allocations.DeliveryTimesAsync(period.From, period.To, cancellationToken);
        return new ReserveSummaryReport(period.From, period.To, clock.UtcNow, user.DisplayName, rows,
            await ExpiringAsync(period.To, cancellationToken), routes, dispatches, await ReleasesAsync(start, end, cancellationToken),
            await CountsAsync(start, end, cancellationToken))
        {
            QuotaCoverage = coverageAtEnd.Rows, QuotaCoverageRecordedAt = coverageAtEnd.RecordedAt,
        };
    }

    private async Task<(IReadOnlyList<ReserveRow>, Coverage)> RowsAsync(ReportPeriod period, DateTime end, bool refreshFirst,
        CancellationToken cancellationToken)
    {
        var (flows, coverageAtEnd) = await ReadAsync(period, end, refreshFirst, cancellationToken);
        var opening = flows.Opening;
        var depots = await db.Depots.AsNoTracking().ToDictionaryAsync(d => d.Id, d => (d.Code, d.Name), cancellationToken);
        var byHolding = flows.Inside.ToLookup(f => new HoldingKey(f.Key.DepotId, f.Key.Class, f.Key.Mode));
        var rows = opening.Keys.Union(byHolding.Select(g => g.Key))
            .Select(key => Row(depots[key.DepotId], key, opening.GetValueOrDefault(key), byHolding[key].ToList()))
            .Where(r => r is not null).Select(r => r!)
            .OrderBy(r => r.Depot).ThenBy(r => r.Class).ThenBy(r => r.Mode).ToList();
        return (rows, coverageAtEnd);
    }

    /// Read in one snapshot, after bringing the month totals up to date when asked; inside a caller's transaction (a period being
    /// closed, whose caller brought them up to date first) read in that transaction.
    private async Task<(PeriodFlows, Coverage)> ReadAsync(ReportPeriod period, DateTime end, bool refreshFirst,
        CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
            return await ReadNowAsync(period, end, cancellationToken);
        if (refreshFirst)
            await refresh.RunAsync(cancellationToken);
        await using var snapshot = await ReadSnapshot.BeginAsync(db, cancellationToken);
        var read = await ReadNowAsync(period, end, cancellationToken);
        await snapshot.CommitAsync(cancellationToken);
        return read;
    }

    private async Task<(PeriodFlows, Coverage)> ReadNowAsync(ReportPeriod period, DateTime end, CancellationToken cancellationToken) =>
        (await ledger.OfAsync(period.From, period.To, cancellationToken), await CoverageAtAsync(end, cancellationToken));

    /// A month's end that has been recorded is read from its record (a row per depot); any other end is counted now.
    private async Task<Coverage> CoverageAtAsync(DateTime end, CancellationToken cancellationToken) =>
        await coverage.RecordedAtAsync(end, cancellationToken) is { } recorded
            ? new Coverage(recorded.Rows, recorded.RecordedAt)
            : new Coverage(await coverage.AtAsync(end, cancellationToken), null);

    private sealed record Coverage(IReadOnlyList<QuotaCoverageRow> Rows, DateTime? RecordedAt);

    /// Closing is the opening plus what moved inside the period.
    private static ReserveRow? Row((string Code, string Name) depot, HoldingKey key, (long Quantity, decimal Value) opening,
        List<KeyValuePair<FlowKey, (long Quantity, decimal Value)>> inside)
    {
        var net = (Quantity: inside.Sum(f => f.Value.Quantity), Value: inside.Sum(f => f.Value.Value));
        var received = ByReason(inside.Where(f => f.Key.Inbound), 1);
        var issued = ByReason(inside.Where(f => !f.Key.Inbound), -1);
        if (opening.Quantity == 0 && net.Quantity == 0 && received.Count == 0 && issued.Count == 0)
            return null;
        return new ReserveRow(depot.Code, depot.Name, key.Class, key.Mode, (int)opening.Quantity, opening.Value, received, issued,
            (int)(opening.Quantity + net.Quantity), opening.Value + net.Value);
    }

    private static Dictionary<StockReason, int> ByReason(IEnumerable<KeyValuePair<FlowKey, (long Quantity, decimal Value)>> flows, int sign) =>
        flows.GroupBy(f => f.Key.Reason).Select(g => (g.Key, Quantity: sign * g.Sum(f => f.Value.Quantity)))
            .Where(r => r.Quantity != 0).ToDictionary(r => r.Key, r => (int)r.Quantity);

    private async Task<IReadOnlyList<ExpiringBatch>> ExpiringAsync(DateOnly to, CancellationToken cancellationToken)
    {
        var from = to < clock.Today ? to : clock.Today;
        var until = from.AddDays(90);
        var rows = await db.StockBalances.AsNoTracking()
            .Where(b => b.OnHand > 0 && b.BatchId != null && b.Batch!.Expiry <= until)
            .Select(b => new { Depot = b.Depot!.Code, b.Item!.Code, b.Item.Name, b.Batch!.Number, b.Batch.Expiry, b.OnHand })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => (r.Depot, r.Code, r.Name, r.Number, r.Expiry))
            .Select(g => new ExpiringBatch(g.Key.Depot, g.Key.Code, g.Key.Name, g.Key.Number, g.Key.Expiry, g.Sum(r => r.OnHand)))
            .OrderBy(r => r.Expiry).ThenBy(r => r.Depot).ToList();
    }

    private async Task<IReadOnlyList<EmergencyReleaseRow>> ReleasesAsync(DateTime start, DateTime end, CancellationToken cancellationToken) =>
        await db.AllocationRequests.AsNoTracking()
            .SelectMany(r => r.Transitions.Where(t => t.Trigger == RequestTrigger.EmergencyRelease && t.At >= start && t.At < end),
                (r, t) => new EmergencyReleaseRow(r.Number, r.Incident, t.At, t.By, r.Ratification))
            .ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<CountVarianceRow>> CountsAsync(DateTime start, DateTime end, CancellationToken cancellationToken)
    {
        var counts = await db.StockCounts.AsNoTracking().Include(c => c.Lines)
            .Where(c => c.State == CountState.Approved && c.DecidedAt >= start && c.DecidedAt < end).ToListAsync(cancellationToken);
        var depots = await db.Depots.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Code, cancellationToken);
        return counts.Select(c => new CountVarianceRow(c.Number, depots[c.DepotId], c.DecidedAt!.Value, c.DecidedBy ?? "", c.Lines.Count,
            c.Lines.Count(l => l.Variance != 0), c.Lines.Sum(l => l.VarianceValue))).ToList();
    }

    private DateTime Utc(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), clock.Zone);
}
