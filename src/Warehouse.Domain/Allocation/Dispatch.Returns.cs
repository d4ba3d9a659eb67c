using Warehouse.Domain.Common;

namespace Warehouse.Domain.Allocation;

/// Returns: goods that come back against the dispatch, never more than went out.
public sealed partial class Dispatch
{
    public DispatchReturn Return(int itemId, int? unitId, int quantity, ReturnCondition condition, string by, DateTime atUtc, string? note)
    {
        if (State is not (DispatchState.Dispatched or DispatchState.Delivered))
            throw new DomainException(Errors.NotDispatched(Number));
        var sent = unitId is null
            ? PickedOf(itemId) - _returns.Where(r => r.ItemId == itemId).Sum(r => r.Quantity)
            : _picks.Any(p => p.EquipmentUnitId == unitId) && _returns.All(r => r.EquipmentUnitId != unitId) ? 1 : 0;
        if (quantity <= 0 || quantity > sent)
            throw new DomainException(Errors.ReturnOutOfRange(sent));
        var entry = new DispatchReturn(itemId, unitId, quantity, condition, by, atUtc, note);
        _returns.Add(entry);
        return entry;
    }
}
