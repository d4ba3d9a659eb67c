using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Allocation;

/// Picking: scans taken against the dispatch lines at the source depot.
public sealed partial class Dispatch
{
    public void StartPicking(DateTime atUtc)
    {
        if (State == DispatchState.Planned)
        {
            State = DispatchState.Picking;
            PickingStartedAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        }
    }

    /// Checks a scan against the dispatch lines on the spot: the item must be on the slip, the unit not yet picked,
    /// and the total never more than planned. FEFO is checked by the caller, who knows the stock.
    public DispatchPick Pick(Item item, int quantity, int balanceId, int? batchId, int? unitId, int? locationId, ClientKey clientKey,
        string by, DateTime atUtc, string? fefoOverride)
    {
        if (State is not (DispatchState.Planned or DispatchState.Picking))
            throw new DomainException(Errors.DispatchClosedForPicking(Number));
        var line = _lines.FirstOrDefault(l => l.ItemId == item.Id)
            ?? throw new DomainException(Errors.WrongItem(item.Label, Number));
        if (unitId is not null && _picks.Any(p => p.EquipmentUnitId == unitId))
            throw new DomainException(Errors.UnitAlreadyPicked());
        var picked = PickedOf(item.Id);
        if (picked + quantity > line.Quantity)
            throw new DomainException(Errors.OverPick(item.Label, line.Quantity, picked));
        StartPicking(atUtc);
        var pick = new DispatchPick(item.Id, quantity, balanceId, batchId, unitId, locationId, clientKey, by, atUtc, fefoOverride);
        _picks.Add(pick);
        return pick;
    }

    public void Unpick(DispatchPick pick)
    {
        if (State is not (DispatchState.Planned or DispatchState.Picking))
            throw new DomainException(Errors.DispatchClosedForPicking(Number));
        _picks.Remove(pick);
    }
}
