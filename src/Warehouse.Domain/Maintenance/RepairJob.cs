using Warehouse.Domain.Common;

namespace Warehouse.Domain.Maintenance;

/// A unit taken out of service to be mended: opened by a failed check or a return marked "needs repair", closed with
/// what was done and, when parts were used, the number of the issue note that took them out of stock.
public sealed class RepairJob : IVersioned
{
    public const int MaxTextLength = 500;

    private RepairJob() { }

    public RepairJob(int unitId, int depotId, RepairCause cause, string? fault, string userName, DateTime at, int? checkId = null)
    {
        EquipmentUnitId = unitId;
        OpenUnitId = unitId;
        DepotId = depotId;
        Cause = cause;
        Fault = FreeText.Optional("fault", fault, MaxTextLength);
        CheckId = checkId;
        OpenedBy = userName;
        OpenedAt = at;
    }

    public int Id { get; private set; }
    public int Version { get; private set; }
    public int EquipmentUnitId { get; private set; }

    /// The unit while the job is open, null once closed: unique, so a unit never has two open jobs, on every provider.
    public int? OpenUnitId { get; private set; }
    public int DepotId { get; private set; }
    public RepairCause Cause { get; private set; }
    public string? Fault { get; private set; }
    public int? CheckId { get; private set; }
    public string OpenedBy { get; private set; } = "";
    public DateTime OpenedAt { get; private set; }
    public string? WorkDone { get; private set; }
    public string? PartsNoteNumber { get; private set; }
    public string? ClosedBy { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    public bool IsOpen => OpenUnitId is not null;

    /// Closes the job with what was done; the unit is then ready again.
    public void Close(string? workDone, string? partsNoteNumber, string userName, DateTime at)
    {
        if (!IsOpen)
            throw new DomainException(Errors.RepairAlreadyClosed(Id));
        WorkDone = FreeText.Optional("workDone", workDone, MaxTextLength)
            ?? throw new DomainException(Errors.RepairWorkRequired());
        PartsNoteNumber = string.IsNullOrWhiteSpace(partsNoteNumber) ? null : partsNoteNumber.Trim().ToUpperInvariant();
        OpenUnitId = null;
        ClosedBy = userName;
        ClosedAt = at;
    }

    public void Touch() => Version++;
}
