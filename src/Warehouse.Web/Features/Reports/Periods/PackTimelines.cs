using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Domain.Allocation;
using Warehouse.Web.Features.Allocation;

namespace Warehouse.Web.Features.Reports.Periods;

/// The pack's workflow files: emergency releases with their ratification, and each dispatch's timeline against the
/// two-hour target. Both are small beside the ledger; they are still written row by row.
public sealed class PackTimelines(WarehouseDbContext db, PackSections sections, AllocationQueries allocations)
{
    public async Task EmergencyReleasesAsync(CsvSheet csv, PackRange range, CancellationToken cancellationToken)
    {
        await csv.RowAsync(L("Request"), L("Incident"), L("Emergency level"), L("Released"), L("Released by"), L("Ratification"),
            L("Ratified"), L("Ratified by"));
        var rows = db.AllocationRequests.AsNoTracking()
            .SelectMany(r => r.Transitions
                    .Where(t => t.Trigger == RequestTrigger.EmergencyRelease && t.At >= range.Start && t.At < range.End),
                (r, t) => new
                {
                    r.Number, r.Incident, r.Level, t.At, t.By, r.Ratification,
                    Decided = r.Transitions.Where(d => d.Trigger == RequestTrigger.Ratify || d.Trigger == RequestTrigger.RefuseRatification)
                        .Select(d => new { d.At, d.By }).FirstOrDefault(),
                })
            .OrderBy(r => r.At).AsAsyncEnumerable();
        await foreach (var r in rows.WithCancellation(cancellationToken))
            await csv.RowAsync(r.Number, r.Incident, r.Level, sections.Local(r.At), r.By, L($"Ratification.{r.Ratification}"),
                sections.Local(r.Decided?.At), r.Decided?.By);
    }

    public async Task DispatchTimelinesAsync(CsvSheet csv, PackRange range, CancellationToken cancellationToken)
    {
        await csv.RowAsync(L("Dispatch"), L("Request"), L("Source depot"), L("Destination"), L("Submitted"), L("Approved"), L("Picking"),
            L("Dispatched"), L("Delivered"), L("Minutes to delivery"), L("Within target"));
        var target = allocations.Target.TotalMinutes;
        var rows = db.Dispatches.AsNoTracking().Where(d => d.DispatchedAt >= range.Start && d.DispatchedAt < range.End)
            .OrderBy(d => d.DispatchedAt)
            .Select(d => new
            {
                d.Number, Request = d.Request!.Number, Source = d.SourceDepot!.Code, d.Request.DestinationName, d.PickingStartedAt,
                d.DispatchedAt, d.DeliveredAt,
                Submitted = d.Request.SubmittedAt,
                Approved = d.Request.Transitions.Where(t => t.Trigger == RequestTrigger.Approve).Select(t => (DateTime?)t.At)
                    .FirstOrDefault(),
            }).AsAsyncEnumerable();
        await foreach (var d in rows.WithCancellation(cancellationToken))
        {
            var minutes = d.DeliveredAt - d.Submitted is { } taken ? Math.Round(taken.TotalMinutes) : (double?)null;
            await csv.RowAsync(d.Number, d.Request, d.Source, d.DestinationName, sections.Local(d.Submitted), sections.Local(d.Approved),
                sections.Local(d.PickingStartedAt), sections.Local(d.DispatchedAt), sections.Local(d.DeliveredAt), minutes,
                minutes is null ? "" : minutes <= target ? L("Yes") : L("No"));
        }
    }

    private string L(string key) => sections.L(key);
}
