using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Domain.Counting;
using Warehouse.Domain.Stock;
using Warehouse.Web.Features.Allocation;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Reports.ReserveSummary;

/// Builds the reserve summary from the ledger: one grouped pass over the movements up to the period's end (opening is
/// what came before the start), valued at each item's unit price; then the sections.
public sealed class ReserveSummaryQueries(WarehouseDbContext db, AllocationQueries allocations, BureauClock clock, CurrentUser user)
{
    public async Task<ReserveSummaryReport> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var (start, end) = (Utc(period.From), Utc(period.To.AddDays(1)));
        return new ReserveSummaryReport(period.From, period.To, clock.UtcNow, user.DisplayName, await RowsAsync(start, end, cancellationToken),
            await ExpiringAsync(period.To, cancellationToken), await allocations.TransferTimesAsync(period.From, period.To, cancellationToken),
            await allocations.DispatchTimesAsync(period.From, period.To, cancellationToken), await ReleasesAsync(start, end, cancellationToken),
            await CountsAsync(start, end, cancellationToken));
    }

    private async Task<IReadOnlyList<ReserveRow>> RowsAsync(DateTime start, DateTime end, CancellationToken cancellationToken)
    {
        var sums = await (
                from m in db.StockMovements.AsNoTracking()
                where m.OccurredAt < end
                join b in db.StockBalances on m.BalanceId equals b.Id
                join d in db.StockDocuments on m.DocumentId equals d.Id
                group m.Quantity by new { m.DepotId, m.ItemId, b.Mode, d.Reason, InPeriod = m.OccurredAt >= start, In = m.Quantity > 0 } into g
                select new { g.Key.DepotId, g.Key.ItemId, g.Key.Mode, g.Key.Reason, g.Key.InPeriod, g.Key.In, Quantity = g.Sum() })
            .ToListAsync(cancellationToken);
        var items = await db.Items.AsNoTracking().ToDictionaryAsync(i => i.Id, i => (i.Class, i.UnitPrice), cancellationToken);
        var depots = await db.Depots.AsNoTracking().ToDictionaryAsync(d => d.Id, d => (d.Code, d.Name), cancellationToken);
        return sums.GroupBy(s => (s.DepotId, items[s.ItemId].Class, s.Mode))
            .Select(g =>
            {
                var opening = g.Where(s => !s.InPeriod).ToList();
                var received = g.Where(s => s.InPeriod && s.In).GroupBy(s => s.Reason).ToDictionary(r => r.Key, r => r.Sum(s => s.Quantity));
                var issued = g.Where(s => s.InPeriod && !s.In).GroupBy(s => s.Reason).ToDictionary(r => r.Key, r => -r.Sum(s => s.Quantity));
                var (code, name) = depots[g.Key.DepotId];
                return new ReserveRow(code, name, g.Key.Class, g.Key.Mode, opening.Sum(s => s.Quantity),
                    opening.Sum(s => s.Quantity * items[s.ItemId].UnitPrice), received, issued, g.Sum(s => s.Quantity),
                    g.Sum(s => s.Quantity * items[s.ItemId].UnitPrice));
            })
            .OrderBy(r => r.Depot).ThenBy(r => r.Class).ThenBy(r => r.Mode).ToList();
    }

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
