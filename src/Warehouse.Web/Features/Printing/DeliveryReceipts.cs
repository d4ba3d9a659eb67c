using Warehouse.Data;
using Warehouse.Data.Printing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;
using Warehouse.Web.Features.Allocation;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Printing;

/// Prints a confirmed delivery as a receipt, when someone asks for it: for the receiver who may confirm the delivery, or
/// the keepers of the depot it came from. It goes to the receipt printer of the caller's station, else of the receiving
/// depot (a transfer) or the source depot.
public sealed class DeliveryReceipts(WarehouseDbContext db, AllocationQueries queries, SlipSource slips, ReceiptComposer composer,
    PrintTargets targets, CurrentUser user, BureauClock clock)
{
    /// Queues the receipt; answers the dispatch's request, or why not.
    public async Task<Outcome<int>> QueueAsync(int dispatchId, CancellationToken cancellationToken)
    {
        var request = await queries.RequestOfDispatchAsync(dispatchId, cancellationToken);
        var dispatch = request?.Dispatches.SingleOrDefault(d => d.Id == dispatchId);
        if (request is null || dispatch is null)
            return Errors.UnknownDispatch(dispatchId);
        var actor = user.ToWorkflowActor();
        if (!actor.MayConfirmDelivery(request) && !actor.KeepsDepot(dispatch.SourceDepotId))
            return Errors.Forbidden("Only who may confirm the delivery, or the source depot's keepers, print its receipt.");
        if (dispatch.State != DispatchState.Delivered)
            return Errors.DeliveryNotConfirmed(dispatch.Number);
        var depotId = request.DestinationDepotId ?? dispatch.SourceDepotId;
        var printerId = await PrinterChoice.ForAsync(db, depotId, user.StationId, cancellationToken);
        var target = await targets.ForAsync(db, printerId, cancellationToken);
        var content = composer.DeliveryReceipt(await ContentAsync(request, dispatch), target);
        db.PrintJobs.Add(PrintJob.Rendered(PrintJobKind.DeliveryReceipt, dispatch.Number, content, printerId, depotId, user.UserName,
            clock.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
        return request.Id;
    }

    private async Task<DeliveryReceiptContent> ContentAsync(AllocationRequest request, Dispatch dispatch)
    {
        var slip = await slips.ForAsync(request, dispatch, dispatch.DispatchedBy ?? "", null);
        var lines = dispatch.Lines.Zip(slip.Lines, (line, printed) => new DeliveryReceiptLine(printed.ItemName, printed.ItemCode,
            printed.Unit, printed.Quantity, line.Received ?? printed.Quantity, line.Damaged ?? 0)).ToList();
        return new DeliveryReceiptContent(slip, dispatch.DeliveredAt!.Value, dispatch.DeliveredBy ?? "", dispatch.DeliveryNote, lines);
    }
}
