using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Kits;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Allocation.Steps;

/// A kit comes back by one scan of its label: every returnable component is returned in good condition, as a loose
/// return would, and the kit is packed again at the depot it went out from. Used-up goods leave the kit.
public sealed class KitReturns(AllocationStepRunner runner, WarehouseDbContext db, KitHoldings holdings, Returns returns,
    AuditTrail audit)
{
    public Task<Outcome<int>> ReturnAsync(int dispatchId, string kitNumber, WorkflowActor actor) =>
        runner.RunAsync(async () =>
        {
            var request = await runner.LoadByDispatchAsync(dispatchId);
            var dispatch = request.Dispatches.Single(d => d.Id == dispatchId);
            if (!actor.KeepsDepot(dispatch.SourceDepotId))
                throw new DomainException(Errors.DepotNotYours(await db.DepotCodeAsync(dispatch.SourceDepotId)));
            var kit = await holdings.FindAsync(kitNumber) ?? throw new DomainException(Errors.UnknownKit("WK-" + kitNumber));
            if (kit.DispatchId != dispatch.Id)
                throw new DomainException(Errors.KitNotOnDispatch(kit.Number, dispatch.Number));
            var items = await db.Items.Where(i => kit.Components.Select(c => c.ItemId).Contains(i.Id)).ToDictionaryAsync(i => i.Id);
            var consumed = items.Values.Where(i => !i.Returnable).Select(i => i.Id).ToHashSet();
            foreach (var component in kit.Components.Where(c => !consumed.Contains(c.ItemId)))
                await returns.ReturnOneAsync(dispatch, items[component.ItemId], component.EquipmentUnitId, component.Quantity,
                    ReturnCondition.Good, kit.Code, actor);
            kit.ComeBack(dispatch.Id, dispatch.SourceDepotId, consumed);
            kit.Touch();
            audit.Record(AuditActor.Of(actor), AuditActions.KitReturned, kit.Number, dispatch.Number);
            return kit.Id;
        }, id => id);
}
