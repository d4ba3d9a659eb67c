using Warehouse.Domain.Common;

namespace Warehouse.Domain.Allocation;

/// A manager's leave for one unit that is not ready (overdue for maintenance or under repair) to be picked for one
/// dispatch, with the reason. The keeper at the desk then picks it; the pick records the manager and the reason.
public sealed class ReadinessWaiver
{
    public const int MaxReasonLength = 500;

    private ReadinessWaiver() { }

    public ReadinessWaiver(int dispatchId, int unitId, string? reason, string manager, DateTime at)
    {
        Reason = FreeText.Optional("reason", reason, MaxReasonLength) ?? throw new DomainException(Errors.WaiverNeedsReason());
        (DispatchId, EquipmentUnitId, GrantedBy, GrantedAt) = (dispatchId, unitId, manager, at);
    }

    public int Id { get; private set; }
    public int DispatchId { get; private set; }
    public int EquipmentUnitId { get; private set; }
    public string Reason { get; private set; } = "";
    public string GrantedBy { get; private set; } = "";
    public DateTime GrantedAt { get; private set; }
}
