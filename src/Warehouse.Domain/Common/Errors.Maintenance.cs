namespace Warehouse.Domain.Common;

/// Refusals of equipment maintenance: plans, checks, repair jobs, and picking a unit that is not ready.
public static partial class Errors
{
    public static DomainError PlanScopeInvalid() =>
        new("PlanScopeInvalid", "A maintenance plan is for one item or for one supply class, not both and not neither.");

    public static DomainError UnknownPlan(int id) =>
        new("UnknownPlan", $"There is no maintenance plan #{id}.", id) { Kind = ErrorKind.NotFound };

    public static DomainError PlanExists() =>
        new("PlanExists", "There already is a plan of this kind for this item or class: change its interval instead.")
            { Kind = ErrorKind.Conflict };

    public static DomainError PlanHasChecks(int id) =>
        new("PlanHasChecks", $"Checks were recorded under plan #{id}: it is kept so they still say what they were for.", id)
            { Kind = ErrorKind.Conflict };

    public static DomainError PlanItemNotSerial(string item) =>
        new("PlanItemNotSerial", $"{item} is not tracked by serial number: only serial units are maintained.", item);

    public static DomainError PlanKindInvalid() =>
        new("PlanKindInvalid", "Choose the kind of maintenance: inspection, test run, calibration, charging or annual service.");

    public static DomainError CheckHoursRequired() =>
        new("CheckHoursRequired", "This plan records the hours the unit ran: enter them.");

    public static DomainError CheckHoursInvalid(int limit) =>
        new("CheckHoursInvalid", $"Hours run are from 0 to {limit}.", limit);

    public static DomainError FailedCheckNeedsNotes() =>
        new("FailedCheckNeedsNotes", "Say what failed: a failed check opens a repair job with these notes.");

    public static DomainError UnitHasNoPlan(string unit) =>
        new("UnitHasNoPlan", $"No maintenance plan covers unit {unit}, or not the one chosen.", unit) { Kind = ErrorKind.Unprocessable };

    public static DomainError UnitNotAtDepot(string unit) =>
        new("UnitNotAtDepot", $"Unit {unit} is not at a depot: it is checked when it is back.", unit) { Kind = ErrorKind.Conflict };

    public static DomainError UnitUnderRepair(string unit) =>
        new("UnitUnderRepair", $"Unit {unit} is under repair: close its repair job first.", unit) { Kind = ErrorKind.Conflict };

    public static DomainError CodeIsNotAUnit(string code) =>
        new("CodeIsNotAUnit", $"'{code}' is not the label of an equipment unit.", code) { Kind = ErrorKind.Unprocessable };

    public static DomainError UnknownRepairJob(int id) =>
        new("UnknownRepairJob", $"Unknown repair job #{id}.", id) { Kind = ErrorKind.NotFound };

    public static DomainError RepairAlreadyClosed(int id) =>
        new("RepairAlreadyClosed", $"Repair job #{id} is already closed.", id) { Kind = ErrorKind.Conflict };

    public static DomainError RepairWorkRequired() =>
        new("RepairWorkRequired", "Say what was done to repair the unit.");

    public static DomainError PartsNoteUnknown(string number) =>
        new("PartsNoteUnknown", $"{number} is not an issue note of this depot.", number) { Kind = ErrorKind.Unprocessable };

    public static DomainError UnitOverdue(string unit, string due) =>
        new("UnitOverdue", $"Unit {unit} is overdue for maintenance (due {due}): pick another unit, or a manager overrides with a reason.",
            unit, due) { Kind = ErrorKind.Conflict };

    public static DomainError ReadinessOverrideByManager() =>
        new("ReadinessOverrideByManager", "Only a manager may send out a unit that is not ready.") { Kind = ErrorKind.Forbidden };

    public static DomainError WaiverNeedsReason() =>
        new("WaiverNeedsReason", "Say why the unit may go out although it is not ready.");

    public static DomainError WaiverNotNeeded(string unit) =>
        new("WaiverNotNeeded", $"Unit {unit} is ready: it is picked as it is.", unit) { Kind = ErrorKind.Conflict };

    public static DomainError WaiverNotForDispatch(string unit, string dispatch) =>
        new("WaiverNotForDispatch", $"Unit {unit} is not at dispatch {dispatch}'s depot, or its item is not on the dispatch.", unit,
            dispatch) { Kind = ErrorKind.Conflict };

    public static DomainError WaiverGranted(string unit, string dispatch) =>
        new("WaiverGranted", $"Unit {unit} may already go out on dispatch {dispatch}.", unit, dispatch) { Kind = ErrorKind.Conflict };
}
