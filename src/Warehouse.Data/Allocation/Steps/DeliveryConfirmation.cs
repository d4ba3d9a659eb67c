using Warehouse.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Allocation.Steps;

/// Where the goods arrive: the slip's code finds the dispatch, the receiver counts what came and signs once; a
/// transfer's goods go on the receiving depot's books.
public sealed class DeliveryConfirmation(AllocationStepRunner runner, WarehouseDbContext db, TransferReceipt transfers, AuditTrail audit,
    BureauClock clock, SignatureBook signatures)
{
    /// Finds the dispatch a scanned QR code or typed short code belongs to.
    public async Task<int?> FindByCodeAsync(string code)
    {
        var text = Dispatch.Normalize(code);
        if (text.Length == 0)
            return null;
        var dot = text.IndexOf('.');
        var candidates = dot > 0
            ? await db.Dispatches.Where(d => d.Number == text.Substring(0, dot)).ToListAsync()
            : await db.Dispatches.Where(d => d.ShortCodeHash == Dispatch.HashCode(text)).ToListAsync();
        return candidates.FirstOrDefault(d => d.Matches(code))?.Id;
    }

    /// A confirmation a handheld made offline and sends now: everything received as sent, at the time the device
    /// confirmed it, kept between the dispatch and now (a device clock is not trusted further). Sent again after its
    /// answer was lost, it is answered as the first time when the same receiver confirmed the dispatch, not refused.
    public async Task<Outcome<int>> ConfirmQueuedAsync(string code, DateTime confirmedOnDeviceUtc, string? note, WorkflowActor actor,
        HandOverSigning? receiverSignature = null)
    {
        if (await FindByCodeAsync(code) is { } id && await db.Dispatches.AsNoTracking()
                .Where(d => d.Id == id && d.State == DispatchState.Delivered && d.DeliveredBy == actor.UserName)
                .Select(d => (int?)d.RequestId).SingleOrDefaultAsync() is { } delivered)
            return delivered;
        return await ConfirmDeliveryAsync(code, new Dictionary<int, (int, int)>(), note, actor, confirmedOnDeviceUtc, receiverSignature);
    }

    /// Confirms the delivery; confirmed on the page, the receiver signs in the same step (<paramref name="receiverSignature"/>).
    public Task<Outcome<int>> ConfirmDeliveryAsync(string code, IReadOnlyDictionary<int, (int Received, int Damaged)> received,
        string? note, WorkflowActor actor, DateTime? confirmedOnDeviceUtc = null, HandOverSigning? receiverSignature = null) =>
        runner.RunAsync(async () =>
        {
            FreeText.Require("note", note, multiLine: true);
            var dispatchId = await FindByCodeAsync(code) ?? throw new DomainException(Errors.UnknownDeliveryCode(code));
            var request = await runner.LoadByDispatchAsync(dispatchId);
            var dispatch = request.Dispatches.Single(d => d.Id == dispatchId);
            if (!actor.MayConfirmDelivery(request))
                throw new DomainException(request.IsTransfer
                    ? Errors.DepotNotYours(request.DestinationDepot?.Code ?? "")
                    : Errors.Forbidden("Only the requesting department or a manager may confirm this delivery."));
            var now = clock.UtcNow;
            if (confirmedOnDeviceUtc is { } device)
                now = new DateTime(Math.Clamp(device.Ticks, Math.Min((dispatch.DispatchedAt ?? now).Ticks, now.Ticks), now.Ticks),
                    DateTimeKind.Utc);
            dispatch.ConfirmDelivery(actor.UserName, now, note, received);
            if (receiverSignature is not null)
                await signatures.SignAsync(dispatch, HandOverRole.Receiver, receiverSignature, actor, now);
            if (request.IsTransfer)
                await transfers.ReceiveAsync(request, dispatch, actor);
            var workflow = new AllocationWorkflow(request, actor, now);
            if (request.State == RequestState.Dispatched && workflow.CanFire(RequestTrigger.ConfirmDelivery))
                workflow.Fire(RequestTrigger.ConfirmDelivery, dispatch.Number);
            audit.Record(AuditActor.Of(actor), "allocation.deliver", dispatch.Number, note);
            return request;
        }, request => request.Id);
}
