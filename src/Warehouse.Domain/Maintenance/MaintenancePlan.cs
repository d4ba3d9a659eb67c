using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Maintenance;

/// A recurring check of serial units, for one item or for a whole supply class: its kind, how often, and whether a
/// check records the hours the unit ran (a test run does, a charge does not). Every check records pass or fail and notes.
public sealed class MaintenancePlan
{
    public const int MaxIntervalDays = 3650;

    private MaintenancePlan() { }

    public MaintenancePlan(int? itemId, SupplyClass? supplyClass, MaintenanceKind kind, int intervalDays, bool recordsHours)
    {
        if ((itemId is null) == (supplyClass is null))
            throw new DomainException(Errors.PlanScopeInvalid());
        if (!Enum.IsDefined(kind))
            throw new DomainException(Errors.PlanKindInvalid());
        if (supplyClass is { } named && !Enum.IsDefined(named))
            throw new DomainException(Errors.UnknownClass());
        ItemId = itemId;
        Class = supplyClass;
        Kind = kind;
        Reschedule(intervalDays, recordsHours);
    }

    public int Id { get; private set; }
    public int? ItemId { get; private set; }
    public SupplyClass? Class { get; private set; }
    public MaintenanceKind Kind { get; private set; }
    public int IntervalDays { get; private set; }
    public bool RecordsHours { get; private set; }

    /// True when the plan covers units of this item: named for it, or for its class.
    public bool AppliesTo(int itemId, SupplyClass supplyClass) => ItemId == itemId || (ItemId is null && Class == supplyClass);

    public void Reschedule(int intervalDays, bool recordsHours)
    {
        if (intervalDays is <= 0 or > MaxIntervalDays)
            throw new DomainException(Errors.MaintenanceIntervalInvalid());
        IntervalDays = intervalDays;
        RecordsHours = recordsHours;
    }

    /// The day the next check falls due, counted from the last passed check of this plan or the unit's last service
    /// (an import, a closed repair), whichever is later; a unit with neither is due today.
    public DateOnly NextDue(DateOnly? lastPassed, DateOnly? lastService, DateOnly today)
    {
        var from = (lastPassed, lastService) switch
        {
            ({ } a, { } b) => a > b ? a : b,
            ({ } a, null) => a,
            (null, { } b) => b,
            _ => (DateOnly?)null,
        };
        return from?.AddDays(IntervalDays) ?? today;
    }
}
