using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Printing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Printing;

/// The print jobs a person asks for by hand: a printer's test page and a strip of labels.
public sealed class ManualPrints(WarehouseDbContext db, CurrentUser user, BureauClock clock, PrintTargets targets, ReceiptComposer composer)
{
    /// Queues a test page for printer <paramref name="id"/> (the default printer when null); answers the printer's name.
    public async Task<string> QueueTestPageAsync(int? id, CancellationToken cancellationToken)
    {
        var target = await targets.ForAsync(db, id, cancellationToken);
        var depotId = id is null ? null : await DepotOfAsync(id.Value, cancellationToken);
        db.PrintJobs.Add(PrintJob.Rendered(PrintJobKind.TestPage, target.Name, composer.TestPage(target), id,
            depotId, user.UserName, clock.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
        return target.Name;
    }

    /// Queues the labels on the printer chosen, or on the caller's station's or first depot's printer.
    public async Task QueueLabelsAsync(string title, IReadOnlyList<LabelContent> labels, int? printerId,
        CancellationToken cancellationToken)
    {
        int? depotId = user.Depots.Count > 0 ? user.Depots[0] : null;
        var chosen = printerId
            ?? (depotId is { } depot ? await PrinterChoice.ForAsync(db, depot, user.StationId, cancellationToken) : null);
        var target = await targets.ForAsync(db, chosen, cancellationToken);
        db.PrintJobs.Add(PrintJob.Rendered(PrintJobKind.Label, title, composer.Labels(labels, target), chosen,
            target.PrinterId is { } printer ? await DepotOfAsync(printer, cancellationToken) : depotId,
            user.UserName, clock.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<int?> DepotOfAsync(int printerId, CancellationToken cancellationToken) =>
        await db.Printers.Where(p => p.Id == printerId).Select(p => (int?)p.DepotId).SingleAsync(cancellationToken);
}
