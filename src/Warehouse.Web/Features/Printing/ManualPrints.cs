using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Printing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Printing;

/// The print jobs a person asks for by hand: a printer's test page and a strip of labels.
public sealed class ManualPrints(WarehouseDbContext db, CurrentUser user, BureauClock clock, PrintTargets targets, ReceiptComposer composer,
    ZplLabelComposer zpl)
{
    /// Queues a test page for printer <paramref name="id"/> (the default printer when null); answers the printer's name.
    public async Task<string> QueueTestPageAsync(int? id, CancellationToken cancellationToken)
    {
        var target = await targets.ForAsync(db, id, cancellationToken);
        var depotId = id is null ? null : await DepotOfAsync(id.Value, cancellationToken);
        var page = target.Labels is { } labels ? zpl.TestLabel(target.Name, labels) : composer.TestPage(target);
        db.PrintJobs.Add(PrintJob.Rendered(PrintJobKind.TestPage, target.Name, page, id,
            depotId, user.UserName, clock.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
        return target.Name;
    }

    /// Queues the labels on the printer chosen, or else on the first label printer of the depot each record is in (the
    /// caller's station's depot, or their first depot, for records in none), falling back to the printer a receipt would
    /// take there; one job per printer. A label printer gets ZPL, a receipt printer a strip.
    public async Task QueueLabelsAsync(string title, IReadOnlyList<LabelRow> rows, int? printerId, CancellationToken cancellationToken)
    {
        var callerDepot = await CallerDepotAsync(cancellationToken);
        var printers = new Dictionary<int, int?>();
        foreach (var depot in rows.Select(r => r.DepotId ?? callerDepot).OfType<int>().Distinct())
            printers[depot] = printerId ?? await LabelPrinterChoice.ForAsync(db, depot, user.StationId, cancellationToken);
        foreach (var job in rows.GroupBy(r => (r.DepotId ?? callerDepot) is { } depot ? printers[depot] : printerId))
        {
            var target = await targets.ForAsync(db, job.Key, cancellationToken);
            var labels = job.Select(r => r.Label).ToList();
            var content = target.Labels is { } stock ? zpl.Labels(labels, stock) : composer.Labels(labels, target);
            db.PrintJobs.Add(PrintJob.Rendered(PrintJobKind.Label, title, content, job.Key,
                target.PrinterId is { } printer ? await DepotOfAsync(printer, cancellationToken) : job.First().DepotId ?? callerDepot,
                user.UserName, clock.UtcNow));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<int?> CallerDepotAsync(CancellationToken cancellationToken) =>
        (user.StationId is { } station
            ? await db.Stations.Where(s => s.Id == station).Select(s => (int?)s.DepotId).SingleOrDefaultAsync(cancellationToken)
            : null)
        ?? (user.Depots.Count > 0 ? user.Depots[0] : null);

    private async Task<int?> DepotOfAsync(int printerId, CancellationToken cancellationToken) =>
        await db.Printers.Where(p => p.Id == printerId).Select(p => (int?)p.DepotId).SingleAsync(cancellationToken);
}
