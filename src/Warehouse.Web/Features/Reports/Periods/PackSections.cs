using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Domain.Counting;
using Warehouse.Domain.Stock;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Reports.Periods;

/// The period a pack covers, in UTC: from its first moment to the moment after it.
public sealed record PackRange(DateTime Start, DateTime End);

/// The auditor pack's CSV files, each streamed from the database row by row: the ledger, count variances, write-offs,
/// emergency releases, dispatch timelines and the audit trail of the period. Headings in the caller's language.
public sealed class PackSections(WarehouseDbContext db, IStringLocalizer<SharedResource> localizer, BureauClock clock)
{
    public async Task LedgerAsync(CsvSheet csv, PackRange range, CancellationToken cancellationToken)
    {
        await csv.RowAsync(L("Row"), L("Sequence"), L("Document"), L("Reason"), L("Movement"), L("Depot"), L("Location"), L("Item code"),
            L("Item"), L("Batch"), L("Serial number"), L("Quantity"), L("Balance after"), L("User"), L("Station"), L("Time"), "SHA-256");
        var rows = db.StockMovements.AsNoTracking().Where(m => m.OccurredAt >= range.Start && m.OccurredAt < range.End).OrderBy(m => m.Id)
            .Select(m => new
            {
                m.Id, m.Sequence, m.Document!.Number, m.Document.Reason, m.Kind, m.Quantity, m.BalanceAfter, m.UserName, m.StationId,
                m.OccurredAt, m.Hash, Depot = db.Depots.Where(d => d.Id == m.DepotId).Select(d => d.Code).FirstOrDefault(),
                Location = db.Locations.Where(l => l.Id == m.LocationId).Select(l => l.Code).FirstOrDefault(),
                Item = db.Items.Where(i => i.Id == m.ItemId).Select(i => new { i.Code, i.Name }).FirstOrDefault(),
                Batch = db.Batches.Where(b => b.Id == m.BatchId).Select(b => b.Number).FirstOrDefault(),
                Serial = db.EquipmentUnits.Where(u => u.Id == m.EquipmentUnitId).Select(u => u.SerialNumber).FirstOrDefault(),
            }).AsAsyncEnumerable();
        await foreach (var m in rows.WithCancellation(cancellationToken))
            await csv.RowAsync(m.Id, m.Sequence, m.Number, L($"Reason.{m.Reason}"), m.Kind, m.Depot, m.Location, m.Item?.Code, m.Item?.Name,
                m.Batch, m.Serial, m.Quantity, m.BalanceAfter, m.UserName, m.StationId, Local(m.OccurredAt), m.Hash);
    }

    public async Task CountVariancesAsync(CsvSheet csv, PackRange range, CancellationToken cancellationToken)
    {
        await csv.RowAsync(L("Count number"), L("Depot"), L("Location"), L("Item code"), L("Item"), L("Expected"), L("Counted"),
            L("Variance"), L("Variance value"), L("Recounted"), L("Approved by"), L("Approved"));
        var lines = db.StockCounts.AsNoTracking()
            .Where(c => c.State == CountState.Approved && c.DecidedAt >= range.Start && c.DecidedAt < range.End)
            .SelectMany(c => c.Lines.Where(l => l.Counted != l.Expected), (c, l) => new
            {
                c.Number, c.DecidedBy, c.DecidedAt, l.Expected, l.Counted, l.UnitPrice, l.Recounted,
                Depot = db.Depots.Where(d => d.Id == c.DepotId).Select(d => d.Code).FirstOrDefault(),
                Location = db.Locations.Where(x => x.Id == l.LocationId).Select(x => x.Code).FirstOrDefault(),
                Item = db.Items.Where(i => i.Id == l.ItemId).Select(i => new { i.Code, i.Name }).FirstOrDefault(),
            }).OrderBy(l => l.Number).AsAsyncEnumerable();
        await foreach (var l in lines.WithCancellation(cancellationToken))
            await csv.RowAsync(l.Number, l.Depot, l.Location, l.Item?.Code, l.Item?.Name, l.Expected, l.Counted, l.Counted - l.Expected,
                (l.Counted - l.Expected) * l.UnitPrice, l.Recounted ? L("Yes") : L("No"), l.DecidedBy, Local(l.DecidedAt));
    }

    /// Stock written off: scrapped and lost goods, at the unit price they carry now.
    public async Task WriteOffsAsync(CsvSheet csv, PackRange range, CancellationToken cancellationToken)
    {
        await csv.RowAsync(L("Document"), L("Reason"), L("Depot"), L("Item code"), L("Item"), L("Quantity"), L("Value"), L("User"),
            L("Time"), L("Note"));
        var rows = db.StockMovements.AsNoTracking()
            .Where(m => m.OccurredAt >= range.Start && m.OccurredAt < range.End
                && (m.Document!.Reason == StockReason.Scrap || m.Document.Reason == StockReason.Loss))
            .OrderBy(m => m.Id)
            .Select(m => new
            {
                m.Document!.Number, m.Document.Reason, m.Document.Note, m.Quantity, m.UserName, m.OccurredAt,
                Depot = db.Depots.Where(d => d.Id == m.DepotId).Select(d => d.Code).FirstOrDefault(),
                Item = db.Items.Where(i => i.Id == m.ItemId).Select(i => new { i.Code, i.Name, i.UnitPrice }).FirstOrDefault(),
            }).AsAsyncEnumerable();
        await foreach (var m in rows.WithCancellation(cancellationToken))
            await csv.RowAsync(m.Number, L($"Reason.{m.Reason}"), m.Depot, m.Item?.Code, m.Item?.Name, -m.Quantity,
                -m.Quantity * (m.Item?.UnitPrice ?? 0), m.UserName, Local(m.OccurredAt), m.Note);
    }

    public async Task AuditTrailAsync(CsvSheet csv, PackRange range, CancellationToken cancellationToken)
    {
        await csv.RowAsync(L("Sequence"), L("Time"), L("User"), L("Action"), L("Subject"), L("Detail"), L("From"), "SHA-256");
        var rows = db.AuditEntries.AsNoTracking().Where(a => a.At >= range.Start && a.At < range.End).OrderBy(a => a.Id)
            .AsAsyncEnumerable();
        await foreach (var a in rows.WithCancellation(cancellationToken))
            await csv.RowAsync(a.Sequence, Local(a.At), a.UserName, a.Action, a.Subject, a.Detail, a.Origin, a.Hash);
    }

    public string Local(DateTime? utc) => utc is { } at ? clock.ToLocal(at).ToString("yyyy-MM-dd HH:mm:ss") : "";

    public string L(string key) => localizer[key].Value;
}
