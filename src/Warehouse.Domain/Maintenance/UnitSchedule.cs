using Warehouse.Domain.Catalog;

namespace Warehouse.Domain.Maintenance;

/// A unit's next due day under its plans, and what that makes of its readiness on a given day.
public static class UnitSchedule
{
    /// A check falling due within this many days makes a unit "due soon": still issued, but listed for the keeper.
    public const int DueSoonDays = 14;

    public static UnitReadiness Readiness(EquipmentStatus status, bool repairOpen, DateOnly? nextDue, DateOnly today) => status switch
    {
        EquipmentStatus.Lost or EquipmentStatus.Scrapped => UnitReadiness.Retired,
        EquipmentStatus.InRepair => UnitReadiness.UnderRepair,
        _ when repairOpen => UnitReadiness.UnderRepair,
        _ when nextDue is { } due && due < today => UnitReadiness.Overdue,
        _ when nextDue is { } due && due <= today.AddDays(DueSoonDays) => UnitReadiness.DueSoon,
        _ => UnitReadiness.Ready,
    };

    /// True when the unit may be proposed and picked for a dispatch without a manager's override.
    public static bool MayDispatch(UnitReadiness readiness) => readiness is UnitReadiness.Ready or UnitReadiness.DueSoon;
}
