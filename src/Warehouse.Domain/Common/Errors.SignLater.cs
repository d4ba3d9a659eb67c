namespace Warehouse.Domain.Common;

/// Refusals of a hand-over signature given afterwards, from the request's timeline.
public static partial class Errors
{
    public static DomainError SigningAfterClose(string dispatch) =>
        new("SigningAfterClose", $"The request of dispatch {dispatch} is closed or cancelled: its hand-overs are no longer signed.",
            dispatch) { Kind = ErrorKind.Conflict };
}
