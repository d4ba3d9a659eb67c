using Warehouse.Data.Maintenance;
using Warehouse.Domain.Maintenance;

namespace Warehouse.Web.Features.Maintenance;

/// One depot's share of the maintenance list: its readiness and the units that need a check or are in repair, overdue first.
public sealed record DepotMaintenance(int DepotId, string DepotCode, string DepotName, DepotReadiness Readiness,
    IReadOnlyList<UnitDue> Due);

/// A depot's unit readiness with its name, for the dashboard and the readiness page.
public sealed record DepotUnitReadiness(string DepotCode, string DepotName, DepotReadiness Readiness);

/// A repair job still open, with what opened it.
public sealed record OpenRepair(int Id, string AssetNumber, string ItemName, string DepotCode, RepairCause Cause, string? Fault,
    DateTime OpenedAt, string OpenedBy);

/// The /Maintenance page: due and overdue units per depot the caller sees, the open repair jobs, and whether the caller
/// may record checks (by scanning a unit's label) and close repairs.
public sealed record MaintenancePage(IReadOnlyList<DepotMaintenance> Depots, IReadOnlyList<OpenRepair> Repairs, bool CanRecord);

/// The check form of one scanned unit: its plans with their due days, and what the keeper enters.
public sealed record CheckPage(string Code, string AssetNumber, string SerialNumber, string ItemName, string DepotCode,
    IReadOnlyList<UnitDue> Plans, CheckForm Form, string? Problem);

/// What the check form posts.
public sealed class CheckForm
{
    public string Code { get; set; } = "";
    public int UnitId { get; set; }
    public int PlanId { get; set; }
    public bool Passed { get; set; } = true;
    public decimal? HoursRun { get; set; }
    public string? Notes { get; set; }
}

/// The close form of one open repair job.
public sealed record RepairPage(OpenRepair Job, RepairForm Form, string? Problem);

/// What the repair close form posts.
public sealed class RepairForm
{
    public string? WorkDone { get; set; }
    public string? PartsNoteNumber { get; set; }
}
