using Warehouse.Domain.Common;

namespace Warehouse.Domain.Maintenance;

/// One check of one unit under one plan: who did it, when, the result, the hours run where the plan asks, and notes.
/// Checks are kept for ever; a failed one opens a repair job.
public sealed class MaintenanceCheck
{
    public const int MaxHours = 100_000;
    public const int MaxNotesLength = 500;

    private MaintenanceCheck() { }

    public MaintenanceCheck(int unitId, MaintenancePlan plan, bool passed, decimal? hoursRun, string? notes, string userName,
        DateTime at, DateOnly day)
    {
        if (plan.RecordsHours && hoursRun is null)
            throw new DomainException(Errors.CheckHoursRequired());
        if (hoursRun is < 0 or > MaxHours)
            throw new DomainException(Errors.CheckHoursInvalid(MaxHours));
        Notes = FreeText.Optional("notes", notes, MaxNotesLength);
        if (!passed && Notes is null)
            throw new DomainException(Errors.FailedCheckNeedsNotes());
        EquipmentUnitId = unitId;
        PlanId = plan.Id;
        Passed = passed;
        HoursRun = hoursRun is { } hours ? decimal.Round(hours, 1) : null;
        UserName = userName;
        At = at;
        Day = day;
    }

    public int Id { get; private set; }
    public int EquipmentUnitId { get; private set; }
    public int PlanId { get; private set; }
    public MaintenancePlan? Plan { get; private set; }
    public bool Passed { get; private set; }
    public decimal? HoursRun { get; private set; }
    public string? Notes { get; private set; }
    public string UserName { get; private set; } = "";
    public DateTime At { get; private set; }

    /// The bureau's day of the check, which due dates count from.
    public DateOnly Day { get; private set; }
}
