using Warehouse.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Allocation.Steps;

/// Returnable goods come back to the source depot after use: good ones and ones for repair go back on its books,
/// lost units are written off.
public sealed class Returns(AllocationStepRunner runner, WarehouseDbContext db, LedgerWriter ledger, WorkflowDocuments documents,
    AuditTrail audit, BureauClock clock, Maintenance.RepairJobs repairs)
{
    public Task<Outcome<int>> ReturnAsync(int dispatchId, int itemId, int? unitId, int quantity, ReturnCondition condition, string? note,
        WorkflowActor actor) =>
        runner.RunAsync(async () =>
        {
            var request = await runner.LoadByDispatchAsync(dispatchId);
            var dispatch = request.Dispatches.Single(d => d.Id == dispatchId);
            if (!actor.KeepsDepot(dispatch.SourceDepotId))
                throw new DomainException(Errors.DepotNotYours(await db.DepotCodeAsync(dispatch.SourceDepotId)));
            FreeText.Require("note", note, multiLine: true);
            var item = await db.Items.SingleOrDefaultAsync(i => i.Id == itemId)
                ?? throw new DomainException(Errors.UnknownCode($"#{itemId}"));
            return await ReturnOneAsync(dispatch, item, unitId, quantity, condition, note, actor);
        }, _ => dispatchId);

    /// Records one return inside the caller's step: the goods go back on the source depot's books, lost units are
    /// written off.
    internal async Task<DispatchReturn> ReturnOneAsync(Dispatch dispatch, Item item, int? unitId, int quantity,
        ReturnCondition condition, string? note, WorkflowActor actor)
    {
        if (!item.Returnable)
            throw new DomainException(Errors.NotReturnable(item.Label));
        var entry = dispatch.Return(item.Id, unitId, quantity, condition, actor.UserName, clock.UtcNow, note);
        var unit = unitId is null ? null : await db.EquipmentUnits.SingleAsync(u => u.Id == unitId);
        if (condition == ReturnCondition.Lost)
            unit?.Issue(EquipmentStatus.Lost);
        else
            await ReceiveAsync(dispatch, item.Id, unit, quantity, condition, actor);
        audit.Record(AuditActor.Of(actor), "allocation.return", dispatch.Number, $"#{item.Id}×{quantity} {condition}");
        return entry;
    }

    /// Puts what came back on the source depot's books, on the balance it was picked from.
    private async Task ReceiveAsync(Dispatch dispatch, int itemId, EquipmentUnit? unit, int quantity, ReturnCondition condition,
        WorkflowActor actor)
    {
        var unitId = unit?.Id;
        var pick = dispatch.Picks.First(p => p.ItemId == itemId && (unitId == null || p.EquipmentUnitId == unitId));
        var source = await db.StockBalances.AsNoTracking().SingleAsync(b => b.Id == pick.BalanceId);
        var key = new BalanceKey(dispatch.SourceDepotId, source.LocationId, itemId, source.BatchId, unitId, source.Mode);
        var balance = await ledger.BalanceAsync(key, default);
        var document = await documents.OpenAsync(DocumentKind.Receipt, StockReason.Return, dispatch.SourceDepotId,
            $"return-{dispatch.Number}-{dispatch.Returns.Count}", actor, $"{dispatch.Number} {condition}");
        document.Record(balance, quantity, await ledger.IncreaseAsync(balance.Id, quantity, default));
        if (unit is null)
            return;
        if (condition == ReturnCondition.NeedsRepair)
        {
            unit.ReceiveForRepair(dispatch.SourceDepotId);
            repairs.OpenForReturn(unit, dispatch.SourceDepotId, dispatch.Returns[^1].Note, actor);
        }
        else
            unit.Receive(dispatch.SourceDepotId);
    }
}
