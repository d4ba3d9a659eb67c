using Warehouse.Domain.Common;

namespace Warehouse.Domain.Allocation;

/// The request's clock against the target, and the reason a manager gives at close for a delivery outside it.
public sealed partial class AllocationRequest
{
    /// The longest a breach note may be.
    public const int BreachNoteLimit = 500;

    /// Why the delivery took longer than the target; null for a request delivered within it or not closed yet.
    public BreachReason? BreachReason { get; private set; }

    /// The manager's words on the breach; required when the reason is <see cref="Allocation.BreachReason.Other"/>.
    public string? BreachNote { get; private set; }

    /// From submission to the last dispatch's delivery, once every dispatch is delivered; null before.
    public TimeSpan? DeliveryTime =>
        SubmittedAt is { } submitted && _dispatches.Count > 0 && _dispatches.All(d => d.DeliveredAt is not null)
            ? _dispatches.Max(d => d.DeliveredAt!.Value) - submitted
            : null;

    /// Whether the goods arrived later than the target after submission.
    public bool DeliveredLate(TimeSpan target) => DeliveryTime > target;

    /// Keeps the reason for a delivery outside the target, as the close requires: a late request needs a reason (and a
    /// note for "other"), a punctual one takes none, so a reason is never attached to a delivery that kept the target.
    public void ExplainBreach(TimeSpan target, BreachReason? reason, string? note)
    {
        var cleanNote = FreeText.Optional("note", note, BreachNoteLimit);
        if (!DeliveredLate(target))
        {
            if (reason is not null)
                throw new DomainException(Errors.NoBreachToExplain());
            return;
        }
        if (reason is not { } given)
            throw new DomainException(Errors.BreachReasonRequired((int)target.TotalMinutes));
        if (!Enum.IsDefined(given))
            throw new DomainException(Errors.UnknownBreachReason());
        if (given == Allocation.BreachReason.Other && cleanNote is null)
            throw new DomainException(Errors.BreachNoteRequired());
        BreachReason = given;
        BreachNote = cleanNote;
    }
}
