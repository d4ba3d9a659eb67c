namespace Warehouse.Domain.Maintenance;

/// What a maintenance plan has done to a unit at each interval.
public enum MaintenanceKind
{
    Inspection,
    TestRun,
    Calibration,
    Charging,
    AnnualService,
}

/// Where a serial unit stands for dispatch: only Ready and DueSoon units are proposed and picked.
public enum UnitReadiness
{
    Ready,
    DueSoon,
    Overdue,
    UnderRepair,
    Retired,
}

/// Why a repair job was opened.
public enum RepairCause
{
    FailedCheck,
    ReturnedNeedingRepair,
}
