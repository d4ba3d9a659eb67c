namespace Warehouse.Domain.Common;

/// Refusals of write-off notes (报废单) and of the rotation of expiring stock.
public static partial class Errors
{
    public static DomainError UnknownWriteOff(int id) =>
        new("UnknownWriteOff", $"There is no write-off note #{id}.", id) { Kind = ErrorKind.NotFound };

    public static DomainError WriteOffCauseInvalid() =>
        new("WriteOffCauseInvalid", "Choose why the goods are written off: expired, damaged or lost in use.");

    public static DomainError WriteOffLinesInvalid(int limit) =>
        new("WriteOffLinesInvalid", $"A write-off note names from 1 to {limit} lines of goods.", limit);

    public static DomainError WriteOffQuantityInvalid(string quantity) =>
        new("WriteOffQuantityInvalid", $"Write off a whole number of at least 1 (a serial unit is 1); got {quantity}.", quantity);

    public static DomainError WriteOffMoreThanHeld(string item, int asked, int held) =>
        new("WriteOffMoreThanHeld", $"{item}: {asked} to write off, but only {held} free on hand here.", item, asked, held)
            { Kind = ErrorKind.Conflict };

    public static DomainError WriteOffNotExpired(string batch) =>
        new("WriteOffNotExpired", $"Batch {batch} has not expired: write it off as damaged or lost, or rotate it.", batch);

    public static DomainError WriteOffDecided(string number) =>
        new("WriteOffDecided", $"Write-off {number} has already been decided.", number) { Kind = ErrorKind.Conflict };

    public static DomainError WriteOffOwnApproval(string number) =>
        new("WriteOffOwnApproval", $"You proposed write-off {number}: another manager must decide it.", number)
            { Kind = ErrorKind.Forbidden };

    public static DomainError WriteOffByManager() =>
        new("WriteOffByManager", "Only a manager may approve or reject a write-off.") { Kind = ErrorKind.Forbidden };

    public static DomainError WriteOffRejectionNeedsReason() =>
        new("WriteOffRejectionNeedsReason", "Say why the write-off is rejected.");

    public static DomainError WriteOffFormInvalid(int noteLimit, int lineLimit) =>
        new("WriteOffFormInvalid",
            $"Check the form: choose the depot and the cause, keep the note within {noteLimit} characters and the goods within {lineLimit} lines.",
            noteLimit, lineLimit);

    public static DomainError RotationWindowInvalid(int limit) =>
        new("RotationWindowInvalid", $"The window is from 1 to {limit} days.", limit);
}
