namespace Warehouse.Domain.Common;

/// Refusals of stocktaking: scope, scans, recounts and the separation of counting from approving.
public static partial class Errors
{
    public static DomainError UnknownCount(int id) =>
        new("UnknownCount", $"There is no count #{id}.", id) { Kind = ErrorKind.NotFound };

    public static DomainError LocationOutsideCount(string location, string count) =>
        new("LocationOutsideCount", $"Location {location} is not in count {count}'s scope.", location, count);

    public static DomainError ItemOutsideCount(string item, string count) =>
        new("ItemOutsideCount", $"{item} is not in count {count}'s supply class.", item, count);

    public static DomainError CountQuantityNegative(int quantity) =>
        new("CountQuantityNegative", $"A counted quantity cannot be negative (got {quantity}).", quantity);

    public static DomainError CountLocationFirst() =>
        new("CountLocationFirst", "Scan the location's label first.");

    public static DomainError UnitAtOtherDepot(string serial, string depot) =>
        new("UnitAtOtherDepot", $"Unit {serial} is not held at {depot}; it cannot be counted here.", serial, depot)
            { Kind = ErrorKind.Conflict };

    public static DomainError CountNotCounting(string count) =>
        new("CountNotCounting", $"Count {count} is not being counted now.", count) { Kind = ErrorKind.Conflict };

    public static DomainError CountLocationNotForRecount(string location) =>
        new("CountLocationNotForRecount", $"Location {location} was not sent for a recount.", location) { Kind = ErrorKind.Conflict };

    public static DomainError RecountBySameKeeper(string location) =>
        new("RecountBySameKeeper", $"Location {location} must be recounted by a different keeper.", location)
            { Kind = ErrorKind.Forbidden };

    public static DomainError NotACounter(string count) =>
        new("NotACounter", $"You are not named to count {count}.", count) { Kind = ErrorKind.Forbidden };

    public static DomainError CounterCannotApprove(string count) =>
        new("CounterCannotApprove", $"You counted {count}: someone who did not count it must approve its variances.", count)
            { Kind = ErrorKind.Forbidden };

    public static DomainError CountStepNotNow(string step, string state) =>
        new("CountStepNotNow", $"'{step}' is not possible while the count is {state}.", step, state) { Kind = ErrorKind.Conflict };

    public static DomainError CountScopeEmpty() =>
        new("CountScopeEmpty", "The chosen scope has no locations to count.");

    public static DomainError CycleSizeInvalid(int size) =>
        new("CycleSizeInvalid", $"A cycle count covers 1 to 200 locations (got {size}).", size);
}
