namespace Warehouse.Domain.Common;

/// Refusals around postings a handheld queued while offline and the server refused when they arrived.
public static partial class Errors
{
    public static DomainError UnknownRefusal(int id) =>
        new("UnknownRefusal", $"There is no refused posting #{id}.", id) { Kind = ErrorKind.NotFound };

    public static DomainError RefusalAlreadyResolved(int id) =>
        new("RefusalAlreadyResolved", $"Refused posting #{id} was already resolved.", id) { Kind = ErrorKind.Conflict };

    public static DomainError RefusalNoteRequired() =>
        new("RefusalNoteRequired", "Say in a note how the refused posting was resolved.");
}
