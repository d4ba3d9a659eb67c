namespace Warehouse.Domain.Common;

/// Refusals of the reason a manager gives when closing a request delivered outside the target.
public static partial class Errors
{
    public static DomainError BreachReasonRequired(int targetMinutes) =>
        new("BreachReasonRequired",
            $"The goods arrived later than {targetMinutes} minutes after submission: choose why before closing.", targetMinutes);

    public static DomainError BreachNoteRequired() =>
        new("BreachNoteRequired", "Say in the note what else made the delivery late.");

    public static DomainError NoBreachToExplain() =>
        new("NoBreachToExplain", "The goods arrived within the target: there is no lateness to explain.");

    public static DomainError UnknownBreachReason() =>
        new("UnknownBreachReason", "Choose a reason from the list.");
}
