using Warehouse.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Printing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Allocation.Steps;

/// The picked goods leave the source depot: reservations give way to the issue, the slip with its delivery codes prints.
/// Handed over on the page, the driver signs in the same step (<paramref name="driverSignature"/>); a dispatch sent without
/// one (the demo seed, a test) can be signed for afterwards (<see cref="HandOverSigningStep"/>).
public sealed class Dispatching(AllocationStepRunner runner, WarehouseDbContext db, LedgerWriter ledger, Reservations reservations,
    WorkflowDocuments documents, AuditTrail audit, BureauClock clock, IDispatchSlipQueue slips, SignatureBook signatures)
{
    public Task<Outcome<DeliveryCodes>> DispatchAsync(int dispatchId, int version, string vehicle, string driver, string driverPhone,
        WorkflowActor actor, HandOverSigning? driverSignature = null) =>
        runner.RunAsync(async () =>
        {
            FreeText.Require("vehicle", vehicle);
            FreeText.Require("driver", driver);
            FreeText.Require("driverPhone", driverPhone);
            var request = await runner.LoadByDispatchAsync(dispatchId, version, r =>
            {
                if (!actor.KeepsDepot(r.Dispatches.Single(d => d.Id == dispatchId).SourceDepotId))
                    throw new DomainException(Errors.DepotNotYours($"#{r.Dispatches.Single(d => d.Id == dispatchId).SourceDepotId}"));
            });
            var dispatch = request.Dispatches.Single(d => d.Id == dispatchId);
            var now = clock.UtcNow;
            var (qr, shortCode) = dispatch.Send(vehicle, driver, driverPhone, actor.UserName, now);
            if (driverSignature is not null)
                await signatures.SignAsync(dispatch, HandOverRole.Driver, driverSignature with { Signer = driver }, actor, now);
            await IssueAsync(request, dispatch, actor);
            var workflow = new AllocationWorkflow(request, actor, now);
            if (request.State == RequestState.Picking && workflow.CanFire(RequestTrigger.Dispatch))
                workflow.Fire(RequestTrigger.Dispatch, dispatch.Number);
            audit.Record(AuditActor.Of(actor), "allocation.dispatch", dispatch.Number, $"{request.Number}; {vehicle}; {driver}");
            var codes = new DeliveryCodes(dispatch.Number, "WD-" + qr, shortCode);
            await slips.EnqueueAsync(request, dispatch, codes, actor.UserName);
            return codes;
        }, codes => codes);

    /// Takes the picked goods off the source depot's books in one issue document; units go on the road.
    private async Task IssueAsync(AllocationRequest request, Dispatch dispatch, WorkflowActor actor)
    {
        var reason = request.IsTransfer ? StockReason.TransferOut : StockReason.Allocation;
        var document = await documents.OpenAsync(DocumentKind.Issue, reason, dispatch.SourceDepotId, $"dispatch-{dispatch.Number}", actor,
            $"{request.Number} → {request.DestinationName}");
        await reservations.ReleaseAsync(dispatch.Reservations);
        foreach (var group in dispatch.Picks.GroupBy(p => p.BalanceId))
        {
            var quantity = group.Sum(p => p.Quantity);
            var after = await ledger.DecreaseAsync(group.Key, quantity, default);
            var balance = await db.StockBalances.AsNoTracking().SingleAsync(b => b.Id == group.Key);
            if (after is null)
            {
                var item = await db.Items.AsNoTracking().SingleAsync(i => i.Id == balance.ItemId);
                throw new DomainException(Errors.NotEnoughStock(item.Label, quantity, balance.OnHand - balance.Reserved));
            }
            document.Record(balance, -quantity, after.Value);
        }
        var unitIds = dispatch.Picks.Where(p => p.EquipmentUnitId != null).Select(p => p.EquipmentUnitId!.Value).ToList();
        foreach (var unit in await db.EquipmentUnits.Where(u => unitIds.Contains(u.Id)).ToListAsync())
            unit.Issue(request.IsTransfer ? EquipmentStatus.InTransit : EquipmentStatus.Issued);
        foreach (var kit in await db.Kits.Where(k => k.DispatchId == dispatch.Id).ToListAsync())
            kit.Dispatch();
    }
}
