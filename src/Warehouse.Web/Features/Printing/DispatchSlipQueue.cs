using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Allocation;
using Warehouse.Data.Printing;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;

namespace Warehouse.Web.Features.Printing;

/// Renders the dispatch slip inside the dispatch's transaction and queues its bytes: the delivery codes on it
/// exist only now, so it cannot be rendered later like a stock note.
public sealed class DispatchSlipQueue(WarehouseDbContext db, ReceiptComposer composer, PrintTargets targets, BureauClock clock)
    : IDispatchSlipQueue
{
    public async Task EnqueueAsync(AllocationRequest request, Dispatch dispatch, DeliveryCodes codes, string userName)
    {
        var itemIds = dispatch.Lines.Select(l => l.ItemId).ToList();
        var items = await db.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => new { i.Code, i.Name, i.Unit });
        var batchIds = dispatch.Picks.Where(p => p.BatchId != null).Select(p => p.BatchId!.Value).Distinct().ToList();
        var batches = await db.Batches.AsNoTracking().Where(b => batchIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Number);
        var depot = await db.Depots.AsNoTracking().Where(d => d.Id == dispatch.SourceDepotId).Select(d => d.Name).SingleAsync();
        var lines = dispatch.Lines.Select(l => new SlipLine(items[l.ItemId].Name, items[l.ItemId].Code, dispatch.PickedOf(l.ItemId), items[l.ItemId].Unit,
                dispatch.Picks.Where(p => p.ItemId == l.ItemId && p.BatchId != null).Select(p => batches[p.BatchId!.Value]).Distinct().ToList()))
            .ToList();
        var slip = new SlipContent(dispatch.Number, request.Number, request.Incident, depot, request.DestinationName, dispatch.Vehicle ?? "",
            dispatch.Driver ?? "", dispatch.DriverPhone ?? "", userName, dispatch.DispatchedAt ?? clock.UtcNow, lines, codes.QrCode, codes.ShortCode);

        var printerId = await PrinterChoice.ForAsync(db, dispatch.SourceDepotId, null);
        var target = await targets.ForAsync(db, printerId, default);
        db.PrintJobs.Add(PrintJob.Rendered(PrintJobKind.DispatchSlip, dispatch.Number, composer.DispatchSlip(slip, target), printerId,
            dispatch.SourceDepotId, userName, clock.UtcNow));
    }
}
