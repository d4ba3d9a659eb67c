using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Allocation.Steps;

/// A keeper scans goods onto a dispatch at its source depot; a scan sent twice under one client id is recorded once.
public sealed class Picking(AllocationStepRunner runner, WarehouseDbContext db, PickableBalances balances, ReadinessGate readiness,
    AuditTrail audit, BureauClock clock)
{
    public async Task<Outcome<PickResult>> PickAsync(int dispatchId, ScannedGoods goods, int quantity, int? locationId,
        string? fefoOverride,
        string clientId, WorkflowActor actor)
    {
        var key = new ClientKey(actor.ClientScope, clientId,
            RequestFingerprint.OfPick(dispatchId, goods.ItemId, goods.BatchId, goods.EquipmentUnitId, quantity, locationId, fefoOverride));
        var outcome = await PickOnceAsync(dispatchId, goods, quantity, locationId, fefoOverride, key, actor);
        // Two scans of one client id raced and the unique index let the other in: this one now finds it and replays it.
        return outcome.Error?.Code == "ConcurrentChange"
            ? await PickOnceAsync(dispatchId, goods, quantity, locationId, fefoOverride, key, actor)
            : outcome;
    }

    private Task<Outcome<PickResult>> PickOnceAsync(int dispatchId, ScannedGoods goods, int quantity, int? locationId, string? fefoOverride,
        ClientKey key, WorkflowActor actor) =>
        runner.RunAsync<(DispatchPick? Pick, PickResult Result), PickResult>(async () =>
        {
            if (StockRules.CheckQuantity(quantity) is { } quantityError)
                throw new DomainException(quantityError);
            if (!StockRules.IsValidClientId(key.Id))
                throw new DomainException(Errors.ClientIdInvalid());
            FreeText.Require("fefoOverride", fefoOverride);
            var earlier = await db.DispatchPicks.AsNoTracking().SingleOrDefaultAsync(p => p.ClientScope == key.Scope
                && p.ClientId == key.Id);
            if (earlier?.RequestFingerprint is { } fingerprint && fingerprint != key.Fingerprint)
                throw new DomainException(Errors.IdempotencyKeyReused(key.Id));
            var request = await runner.LoadByDispatchAsync(dispatchId);
            var dispatch = request.Dispatches.Single(d => d.Id == dispatchId);
            if (!actor.KeepsDepot(dispatch.SourceDepotId))
                throw new DomainException(Errors.DepotNotYours(await db.DepotCodeAsync(dispatch.SourceDepotId)));
            var item = await db.Items.SingleAsync(i => i.Id == goods.ItemId);
            if (earlier is not null)
                return (null, new PickResult(earlier.Id, item.Name, dispatch.PickedOf(item.Id), LineOf(dispatch, item.Id), true));
            if (request.State == RequestState.Approved)
                new AllocationWorkflow(request, actor, clock.UtcNow).Fire(RequestTrigger.StartPicking);
            else if (request.State != RequestState.Picking)
                throw new DomainException(Errors.DispatchClosedForPicking(dispatch.Number));
            var waived = await readiness.CheckAsync(item, goods.EquipmentUnitId, fefoOverride, actor, dispatch.Id);
            var (balanceId, batchId) = await balances.FindAsync(dispatch, item, goods, quantity, locationId, fefoOverride,
                waived is not null);
            var pick = dispatch.Pick(item, quantity, balanceId, batchId, goods.EquipmentUnitId, locationId, key, actor.UserName,
                clock.UtcNow,
                string.IsNullOrWhiteSpace(fefoOverride) ? null : fefoOverride.Trim());
            if (waived is not null)
            {
                pick.OverrideReadiness(waived.Reason, waived.Manager);
                audit.Record(AuditActor.Of(actor), AuditActions.ReadinessOverridden, dispatch.Number,
                    $"#{goods.EquipmentUnitId} {waived.Manager}: {waived.Reason}");
            }
            return (pick, new PickResult(0, item.Name, dispatch.PickedOf(item.Id), LineOf(dispatch, item.Id), false));
        }, state => state.Pick is null ? state.Result : state.Result with { PickId = state.Pick.Id });

    private static int LineOf(Dispatch dispatch, int itemId) => dispatch.Lines.FirstOrDefault(l => l.ItemId == itemId)?.Quantity ?? 0;
}
