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

    /// Queues the labels on the printer chosen, or on the first label printer of the caller's depot, or else on the
    /// printer a receipt would take (station's, depot's first). A label printer gets ZPL, a receipt printer a strip.
    public async Task QueueLabelsAsync(string title, IReadOnlyList<LabelContent> labels, int? printerId,
        CancellationToken cancellationToken)
    {
        int? depotId = user.Depots.Count > 0 ? user.Depots[0] : null;
        var chosen = printerId
            ?? (depotId is { } depot ? await LabelPrinterChoice.ForAsync(db, depot, user.StationId, cancellationToken) : null);
        var target = await targets.ForAsync(db, chosen, cancellationToken);
        var content = target.Labels is { } stock ? zpl.Labels(labels, stock) : composer.Labels(labels, target);
        db.PrintJobs.Add(PrintJob.Rendered(PrintJobKind.Label, title, content, chosen,
            target.PrinterId is { } printer ? await DepotOfAsync(printer, cancellationToken) : depotId,
            user.UserName, clock.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<int?> DepotOfAsync(int printerId, CancellationToken cancellationToken) =>
        await db.Printers.Where(p => p.Id == printerId).Select(p => (int?)p.DepotId).SingleAsync(cancellationToken);
}
