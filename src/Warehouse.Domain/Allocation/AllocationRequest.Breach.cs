using Warehouse.Domain.Common;
using Warehouse.Domain.Suppliers;

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

    /// From submission to the last arrival (a dispatch's or a call-up's), once everything is delivered; null before.
    public TimeSpan? DeliveryTime => SubmittedAt is { } submitted && LastArrival is { } last ? last - submitted : null;

    /// When the last of the goods arrived, once every dispatch and every call-up that was not cancelled has delivered
    /// (a call-up into the destination depot arrives when it is received there); null while something is still awaited.
    public DateTime? LastArrival
    {
        get
        {
            var arrivals = _dispatches.Select(d => d.DeliveredAt)
                .Concat(_callUps.Where(c => c.State != CallUpState.Cancelled).Select(c => c.DeliveredAt)).ToList();
            return arrivals.Count > 0 && arrivals.All(a => a is not null) ? arrivals.Max() : null;
        }
    }

    /// Whether everything approved has arrived: the guard of the delivery step.
    public bool AllDelivered => LastArrival is not null;

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
