using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Allocation;
using Warehouse.Data.Printing;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;

namespace Warehouse.Web.Features.Printing;

/// Renders the dispatch slip inside the dispatch's transaction and queues its bytes: the delivery codes on it
/// exist only now. Once printed, the job lets go of them (see <see cref="PrintJob.KeepsContentOncePrinted"/>).
public sealed class DispatchSlipQueue(WarehouseDbContext db, SlipSource source, ReceiptComposer composer, PrintTargets targets,
    BureauClock clock)
    : IDispatchSlipQueue
{
    public async Task EnqueueAsync(AllocationRequest request, Dispatch dispatch, DeliveryCodes codes, string userName)
    {
        var slip = await source.ForAsync(request, dispatch, userName, codes);
        var printerId = await PrinterChoice.ForAsync(db, dispatch.SourceDepotId, null);
        var target = await targets.ForAsync(db, printerId, default);
        db.PrintJobs.Add(PrintJob.Rendered(PrintJobKind.DispatchSlip, dispatch.Number, composer.DispatchSlip(slip, target), printerId,
            dispatch.SourceDepotId, userName, clock.UtcNow));
    }
}

/// What a dispatch slip says, read from its dispatch: with the delivery codes at dispatch time, without them for a
/// preview or reprint (the codes are kept only as hashes).
public sealed class SlipSource(WarehouseDbContext db, BureauClock clock)
{
    public async Task<SlipContent> ForAsync(AllocationRequest request, Dispatch dispatch, string userName, DeliveryCodes? codes)
    {
        var itemIds = dispatch.Lines.Select(l => l.ItemId).ToList();
        var items = await db.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => new { i.Code, i.Name, i.Unit });
        var batchIds = dispatch.Picks.Where(p => p.BatchId != null).Select(p => p.BatchId!.Value).Distinct().ToList();
        var batches = await db.Batches.AsNoTracking().Where(b => batchIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Number);
        var depot = await db.Depots.AsNoTracking().Where(d => d.Id == dispatch.SourceDepotId).Select(d => d.Name).SingleAsync();
        var lines = dispatch.Lines.Select(l => new SlipLine(items[l.ItemId].Name, items[l.ItemId].Code, dispatch.PickedOf(l.ItemId),
            items[l.ItemId].Unit,
                dispatch.Picks.Where(p => p.ItemId == l.ItemId && p.BatchId != null).Select(p => batches[p.BatchId!.Value]).Distinct()
                    .ToList()))
            .ToList();
        return new SlipContent(dispatch.Number, request.Number, request.Incident, depot, request.DestinationName, dispatch.Vehicle ?? "",
            dispatch.Driver ?? "", dispatch.DriverPhone ?? "", userName, dispatch.DispatchedAt ?? clock.UtcNow, lines, codes?.QrCode,
                codes?.ShortCode, await SignaturesAsync(dispatch.Id));
    }

    /// Who signed for the dispatch and when: those saved, and one taken in the step still running (the driver's, as the
    /// slip is queued in the dispatch's own transaction).
    private async Task<IReadOnlyList<SlipSignature>> SignaturesAsync(int dispatchId)
    {
        var saved = await db.HandOverSignatures.AsNoTracking().Where(s => s.DispatchId == dispatchId)
            .Select(s => new SlipSignature(s.Role, s.Signer, s.SignedAt)).ToListAsync();
        var taken = db.ChangeTracker.Entries<HandOverSignature>()
            .Where(e => e.State == EntityState.Added && e.Entity.DispatchId == dispatchId)
            .Select(e => new SlipSignature(e.Entity.Role, e.Entity.Signer, e.Entity.SignedAt));
        return saved.Concat(taken).OrderBy(s => s.Role).ToList();
    }

    /// The slip of a dispatch by its number (a slip job's title), without its codes.
    public async Task<SlipContent?> WithoutCodesAsync(string dispatchNumber, CancellationToken cancellationToken)
    {
        var dispatch = await db.Dispatches.AsNoTracking().Include(d => d.Lines).Include(d => d.Picks).Include(d => d.Request)
            .SingleOrDefaultAsync(d => d.Number == dispatchNumber, cancellationToken);
        return dispatch?.Request is null ? null : await ForAsync(dispatch.Request, dispatch, dispatch.DispatchedBy ?? "", null);
    }
}
