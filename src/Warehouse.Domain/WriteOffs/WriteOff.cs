using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Domain.WriteOffs;

/// A write-off note (报废单): goods a keeper proposes to take off the books as expired, damaged or lost in use. Nothing
/// moves until a manager other than the proposer approves it; approval posts one issue note with the write-off's number.
public sealed class WriteOff : IVersioned
{
    public const int MaxTextLength = 500;
    public const int MaxLines = 200;

    private readonly List<WriteOffLine> _lines = [];

    private WriteOff() { }

    public WriteOff(string number, int depotId, WriteOffCause cause, string? note, IEnumerable<WriteOffLine> lines, string userName,
        DateTime at)
    {
        if (!Enum.IsDefined(cause))
            throw new DomainException(Errors.WriteOffCauseInvalid());
        _lines.AddRange(lines);
        if (_lines.Count is 0 or > MaxLines)
            throw new DomainException(Errors.WriteOffLinesInvalid(MaxLines));
        (Number, DepotId, Cause, RequestedBy, RequestedAt) = (number, depotId, cause, userName, at);
        Note = FreeText.Optional("note", note, MaxTextLength);
    }

    public int Id { get; private set; }
    public int Version { get; private set; }
    public string Number { get; private set; } = "";
    public int DepotId { get; private set; }
    public WriteOffCause Cause { get; private set; }
    public string? Note { get; private set; }
    public WriteOffState State { get; private set; }
    public string RequestedBy { get; private set; } = "";
    public DateTime RequestedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? DecisionNote { get; private set; }

    /// The issue note the approval posted.
    public string? DocumentNumber { get; private set; }
    public IReadOnlyList<WriteOffLine> Lines => _lines;

    public StockReason Reason => WriteOffCauses.ReasonFor(Cause);

    /// A manager who did not propose it approves; the caller then posts the goods and names the note.
    public void Approve(string manager, DateTime at)
    {
        Decide(manager);
        (State, DecidedBy, DecidedAt) = (WriteOffState.Approved, manager, at);
    }

    public void Posted(string documentNumber) => DocumentNumber = documentNumber;

    /// A manager turns it down with the reason; nothing was posted and nothing is.
    public void Reject(string manager, string? reason, DateTime at)
    {
        Decide(manager);
        DecisionNote = FreeText.Optional("reason", reason, MaxTextLength) ?? throw new DomainException(Errors.WriteOffRejectionNeedsReason());
        (State, DecidedBy, DecidedAt) = (WriteOffState.Rejected, manager, at);
    }

    private void Decide(string manager)
    {
        if (State != WriteOffState.Pending)
            throw new DomainException(Errors.WriteOffDecided(Number));
        if (string.Equals(manager, RequestedBy, StringComparison.OrdinalIgnoreCase))
            throw new DomainException(Errors.WriteOffOwnApproval(Number));
    }

    public void Touch() => Version++;
}
