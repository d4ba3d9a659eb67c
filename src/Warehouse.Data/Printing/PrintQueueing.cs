using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data.Infrastructure;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Printing;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Printing;

/// Puts a dispatch's slip in the print queue inside the dispatch's own transaction, while its delivery codes
/// still exist in the clear (only their hashes are stored).
public interface IDispatchSlipQueue
{
    Task EnqueueAsync(AllocationRequest request, Dispatch dispatch, DeliveryCodes codes, string userName);
}

/// Which printer a receipt goes to: the station's default printer, else the first receipt printer its agent announced,
/// else the depot's first receipt printer, else none (the configured default printer). Label printers take labels
/// only: ESC/POS bytes would come out as garbage.
public static class PrinterChoice
{
    public static Task<int?> ForAsync(WarehouseDbContext db, int depotId, int? stationId, CancellationToken cancellationToken = default) =>
        Chosen.For(db)(db, depotId, stationId, cancellationToken);

    // Asked on every posting, so compiled once, and the three choices in one statement rather than one round trip each.
    private static readonly CompiledQuery<Func<WarehouseDbContext, int, int?, CancellationToken, Task<int?>>> Chosen = new(() =>
        EF.CompileAsyncQuery((WarehouseDbContext db, int depotId, int? stationId, CancellationToken _) =>
            db.Depots.Where(d => d.Id == depotId).Select(d =>
                db.Stations.Where(s => s.Id == stationId)
                    .SelectMany(s => db.Printers.Where(p => p.Id == s.DefaultPrinterId && p.Kind == PrinterKind.Receipt))
                    .Select(p => (int?)p.Id).FirstOrDefault()
                ?? db.AgentPrinters
                    .Where(a => a.StationId == stationId
                        && db.Printers.Any(printer => printer.Id == a.PrinterId && printer.Kind == PrinterKind.Receipt))
                    .OrderBy(a => a.Position).Select(a => a.PrinterId).FirstOrDefault()
                ?? db.Printers.Where(p => p.DepotId == d.Id && p.Kind == PrinterKind.Receipt).OrderBy(p => p.Id)
                    .Select(p => (int?)p.Id).FirstOrDefault())
            .FirstOrDefault()));

    internal static readonly CompiledQuery<Func<WarehouseDbContext, int, PrinterKind, CancellationToken, Task<int?>>> AgentPrinterOfKind =
        new(() => EF.CompileAsyncQuery((WarehouseDbContext db, int stationId, PrinterKind kind, CancellationToken _) =>
            db.AgentPrinters
                .Where(p => p.StationId == stationId && db.Printers.Any(printer => printer.Id == p.PrinterId && printer.Kind == kind))
                .OrderBy(p => p.Position).Select(p => p.PrinterId).FirstOrDefault()));
}

/// Which printer a label goes to: the first label printer the agent of the caller's station announced, when the station
/// is in the label's depot; else the depot's first label printer; else the receipt printer a receipt would take.
public static class LabelPrinterChoice
{
    public static async Task<int?> ForAsync(WarehouseDbContext db, int depotId, int? stationId,
        CancellationToken cancellationToken = default)
    {
        if (stationId is { } station && await db.Stations.AnyAsync(s => s.Id == station && s.DepotId == depotId, cancellationToken)
            && await PrinterChoice.AgentPrinterOfKind.For(db)(db, station, PrinterKind.Label, cancellationToken) is { } agentLabels)
            return agentLabels;
        return await db.Printers.Where(p => p.DepotId == depotId && p.Kind == PrinterKind.Label).OrderBy(p => p.Id)
                .Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken)
            ?? await PrinterChoice.ForAsync(db, depotId, stationId, cancellationToken);
    }
}

/// The one place a stock document's note joins the print queue. Queueing is explicit, never a side effect of
/// SaveChanges: whoever writes a document (<see cref="Stock.StockPostingService"/>, <see cref="Allocation.WorkflowDocuments"/>)
/// calls this in the document's own transaction, and a replayed posting writes no document, so it queues nothing. Dispatch
/// slips (<see cref="IDispatchSlipQueue"/>), labels, test pages and reprints are queued where the user asks for them.
public static class NoteQueue
{
    /// Queues the document's goods-received or issue note on the given printer, unless its kind prints none.
    public static void Add(WarehouseDbContext db, StockDocument document, int? printerId)
    {
        if (PrintJob.PrintsNote(document))
            db.PrintJobs.Add(PrintJob.ForDocument(document, printerId, document.PostedAt));
    }
}
