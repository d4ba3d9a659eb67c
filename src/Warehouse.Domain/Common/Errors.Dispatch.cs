namespace Warehouse.Domain.Common;

/// Refusals of dispatches: picking, sending, delivery and returns.
public static partial class Errors
{
    public static DomainError UnknownDispatch(int id) =>
        new("UnknownDispatch", $"Dispatch #{id} does not exist.", id);

    public static DomainError DispatchNotPlanned() =>
        new("DispatchNotPlanned", "This dispatch is already being picked.");

    public static DomainError DispatchClosedForPicking(string dispatch) =>
        new("DispatchClosedForPicking", $"Dispatch {dispatch} is no longer being picked.", dispatch);

    public static DomainError WrongItem(string item, string dispatch) =>
        new("WrongItem", $"{item} is not on dispatch {dispatch}.", item, dispatch);

    public static DomainError UnitAlreadyPicked() =>
        new("UnitAlreadyPicked", "This unit is already picked for this dispatch.");

    public static DomainError OverPick(string item, int needed, int picked) =>
        new("OverPick", $"Over-pick: {item} needs {needed}, {picked} already picked.", item, needed, picked);

    public static DomainError FefoViolation(string batch, DateOnly expiry, string earlierBatch, DateOnly earlierExpiry) =>
        new("FefoViolation",
            $"Batch {batch} expires {expiry:yyyy-MM-dd}, later than batch {earlierBatch} ({earlierExpiry:yyyy-MM-dd}): "
            + "pick that one first, or give a reason.",
            batch, earlierBatch);

    public static DomainError NothingPicked(string dispatch) =>
        new("NothingPicked", $"Dispatch {dispatch} has nothing picked yet.", dispatch);

    public static DomainError NotDispatched(string dispatch) =>
        new("NotDispatched", $"Dispatch {dispatch} has not left its depot yet.", dispatch);

    public static DomainError AlreadyDelivered(string dispatch, DateTime? deliveredAtUtc) =>
        new("AlreadyDelivered", $"Dispatch {dispatch} was already delivered at {deliveredAtUtc:yyyy-MM-dd HH:mm} UTC.", dispatch)
            { Kind = ErrorKind.Conflict };

    public static DomainError CodeNotReissuable(string dispatch) =>
        new("CodeNotReissuable", $"Dispatch {dispatch} is not on its way: only an undelivered dispatch's code can be re-issued.", dispatch)
            { Kind = ErrorKind.Conflict };

    public static DomainError ReceivedOutOfRange(int sent) =>
        new("ReceivedOutOfRange", $"Received must be between 0 and the {sent} sent, damaged at most what was received.", sent);

    public static DomainError UnknownDeliveryCode(string code) =>
        new("UnknownDeliveryCode", "This delivery code is not known. Check the code on the slip.", code);

    public static DomainError NotReturnable(string item) =>
        new("NotReturnable", $"{item} is consumed, not returned.", item);

    public static DomainError ReturnOutOfRange(int sent) =>
        new("ReturnOutOfRange", $"At most {sent} can come back on this dispatch.", sent);
}
