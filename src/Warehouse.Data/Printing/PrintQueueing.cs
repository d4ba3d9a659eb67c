using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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

/// Which printer a receipt goes to: the station's default printer, else the depot's first printer, else none
/// (the configured default printer).
public static class PrinterChoice
{
    public static async Task<int?> ForAsync(WarehouseDbContext db, int depotId, int? stationId, CancellationToken cancellationToken = default)
    {
        if (stationId is { } station && await StationPrinter.For(db)(db, station, cancellationToken) is { } chosen)
            return chosen;
        return await DepotPrinter.For(db)(db, depotId, cancellationToken);
    }

    // Asked on every posting, so compiled once.
    private static readonly CompiledQuery<Func<WarehouseDbContext, int, CancellationToken, Task<int?>>> StationPrinter = new(() =>
        EF.CompileAsyncQuery((WarehouseDbContext db, int stationId, CancellationToken _) =>
            db.Stations.Where(s => s.Id == stationId).Select(s => s.DefaultPrinterId).FirstOrDefault()));

    private static readonly CompiledQuery<Func<WarehouseDbContext, int, CancellationToken, Task<int?>>> DepotPrinter = new(() =>
        EF.CompileAsyncQuery((WarehouseDbContext db, int depotId, CancellationToken _) =>
            db.Printers.Where(p => p.DepotId == depotId).OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefault()));

    public static int? For(WarehouseDbContext db, int depotId, int? stationId)
    {
        if (stationId is not null && db.Stations.Where(s => s.Id == stationId).Select(s => s.DefaultPrinterId).FirstOrDefault() is { } chosen)
            return chosen;
        return db.Printers.Where(p => p.DepotId == depotId).OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefault();
    }
}

/// Every stock document added to the context gets its note's print job in the same SaveChanges, so the note is
/// queued in the posting's transaction whoever posts it.
internal static class NoteQueueing
{
    public static IEnumerable<StockDocument> Unqueued(ChangeTracker tracker)
    {
        var queued = tracker.Entries<PrintJob>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Document).ToHashSet();
        return tracker.Entries<StockDocument>()
            .Where(e => e.State == EntityState.Added && PrintJob.PrintsNote(e.Entity) && !queued.Contains(e.Entity))
            .Select(e => e.Entity)
            .ToList();
    }
}
