using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Kits;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Kits;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Allocation.Steps;

/// A keeper scans a kit's label at the picking desk: all its components are picked at once against the dispatch's
/// lines, each under the same rules as a loose scan (readiness, expiry). Scanning the same kit again changes nothing.
public sealed class KitPicking(AllocationStepRunner runner, WarehouseDbContext db, KitHoldings holdings, ReadinessGate readiness,
    AuditTrail audit, BureauClock clock)
{
    private const string FingerprintPrefix = "kit:";

    /// The fingerprint a kit's component pick carries, which tells it from a loose pick when it is taken back.
    public static string Fingerprint(int kitId, int componentId) => $"{FingerprintPrefix}{kitId}:{componentId}";

    /// The kit a pick came from, when it came from one.
    public static int? KitOf(DispatchPick pick) =>
        pick.RequestFingerprint is { } f && f.StartsWith(FingerprintPrefix, StringComparison.Ordinal)
            ? int.Parse(f[FingerprintPrefix.Length..f.IndexOf(':', FingerprintPrefix.Length)],
                System.Globalization.CultureInfo.InvariantCulture)
            : null;

    public Task<Outcome<PickResult>> PickAsync(int dispatchId, string kitNumber, string clientId, WorkflowActor actor) =>
        runner.RunAsync(async () =>
        {
            if (!StockRules.IsValidClientId(clientId) || clientId.Length > 60)
                throw new DomainException(Errors.ClientIdInvalid());
            var request = await runner.LoadByDispatchAsync(dispatchId);
            var dispatch = request.Dispatches.Single(d => d.Id == dispatchId);
            if (!actor.KeepsDepot(dispatch.SourceDepotId))
                throw new DomainException(Errors.DepotNotYours(await db.DepotCodeAsync(dispatch.SourceDepotId)));
            var kit = await holdings.FindAsync(kitNumber) ?? throw new DomainException(Errors.UnknownKit("WK-" + kitNumber));
            var name = kit.Definition!.Name;
            if (kit.DispatchId == dispatchId && kit.State == KitState.Picked)
                return new PickResult(0, name, kit.Components.Sum(c => c.Quantity), kit.Components.Sum(c => c.Quantity), true);
            if (kit.State != KitState.Packed || kit.DepotId != dispatch.SourceDepotId)
                throw new DomainException(Errors.KitNotPickable(kit.Number));
            // A kit comes back to the depot it went out from; one that moved to another depot would hold balances there
            // it was never packed from.
            if (request.IsTransfer)
                throw new DomainException(Errors.KitNotForTransfer(kit.Number));
            if (request.State == RequestState.Approved)
                new AllocationWorkflow(request, actor, clock.UtcNow).Fire(RequestTrigger.StartPicking);
            else if (request.State != RequestState.Picking)
                throw new DomainException(Errors.DispatchClosedForPicking(dispatch.Number));
            var items = await db.Items.AsNoTracking().Where(i => kit.Components.Select(c => c.ItemId).Contains(i.Id))
                .ToDictionaryAsync(i => i.Id);
            foreach (var group in kit.Components.GroupBy(c => c.ItemId))
            {
                var line = dispatch.Lines.FirstOrDefault(l => l.ItemId == group.Key);
                if (line is null || dispatch.PickedOf(group.Key) + group.Sum(c => c.Quantity) > line.Quantity)
                    throw new DomainException(Errors.KitItemNotOnDispatch(kit.Number, items[group.Key].Label, dispatch.Number));
            }
            var index = 0;
            foreach (var component in kit.Components)
                await PickComponentAsync(dispatch, items[component.ItemId], component, $"{clientId}-{index++}", actor);
            kit.TakeOnto(dispatch.Id);
            // The step's own version check is the request's; the kit's moves on too, so two desks taking one kit at once
            // cannot both win.
            kit.Touch();
            audit.Record(AuditActor.Of(actor), AuditActions.KitPicked, kit.Number, dispatch.Number);
            var count = kit.Components.Sum(c => c.Quantity);
            return new PickResult(0, name, count, count, false);
        }, result => result);

    private async Task PickComponentAsync(Dispatch dispatch, Item item, KitComponent component, string clientId, WorkflowActor actor)
    {
        if (component.Expiry is { } expiry && expiry < clock.Today)
            throw new DomainException(Errors.BatchExpired(await db.Batches.Where(b => b.Id == component.BatchId)
                .Select(b => b.Number).SingleAsync()));
        ReadinessLeave? leave = null;
        if (component.EquipmentUnitId is { } unitId)
        {
            // A unit that is not ready goes out in a kit only with a manager's leave for this dispatch.
            leave = await readiness.CheckAsync(item, unitId, null, actor, dispatch.Id);
            var unit = await db.EquipmentUnits.AsNoTracking().SingleAsync(u => u.Id == unitId);
            if (unit.Status != EquipmentStatus.InStock || unit.DepotId != dispatch.SourceDepotId)
                throw new DomainException(Errors.UnitNotInStock(unit.SerialNumber, await db.DepotCodeAsync(dispatch.SourceDepotId)));
        }
        var location = await db.StockBalances.Where(b => b.Id == component.BalanceId).Select(b => b.LocationId).SingleAsync();
        var key = new ClientKey(actor.ClientScope, clientId, Fingerprint(component.KitId, component.Id));
        var pick = dispatch.Pick(item, component.Quantity, component.BalanceId, component.BatchId, component.EquipmentUnitId, location,
            key, actor.UserName, clock.UtcNow, null);
        if (leave is not null)
            pick.OverrideReadiness(leave.Reason, leave.Manager);
    }
}
