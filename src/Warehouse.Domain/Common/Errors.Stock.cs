namespace Warehouse.Domain.Common;

/// Refusals of stock documents: receipts, issues, transfers and what they name.
public static partial class Errors
{
    public static DomainError NoLines() =>
        new("NoLines", "The document has no lines.");

    public static DomainError TooManyLines(int limit) =>
        new("TooManyLines", $"A document may have at most {limit} lines.", limit);

    public static DomainError ReasonNotAllowed(string reason) =>
        new("ReasonNotAllowed", $"Reason '{reason}' is not allowed here.", reason);

    public static DomainError NotEnoughStock(string item, int requested, int available) =>
        new("NotEnoughStock", $"Not enough stock of {item}: requested {requested}, available {available}.", item, requested, available)
            { Kind = ErrorKind.Conflict };

    public static DomainError LotRequired(string item) =>
        new("LotRequired", $"{item} is batch-tracked: give a lot number and an expiry date.", item);

    public static DomainError SerialRequired(string item) =>
        new("SerialRequired", $"{item} is serial-numbered: scan or type each unit's serial number.", item);

    public static DomainError SerialQuantityMustBeOne(string item) =>
        new("SerialQuantityMustBeOne", $"{item}: a serial-numbered unit is counted one at a time.", item);

    public static DomainError NotTracked(string item, string what) =>
        new("NotTracked", $"{item} does not take a {what}.", item, what);

    public static DomainError UnitAlreadyInStock(string serial) =>
        new("UnitAlreadyInStock", $"Unit {serial} is already in stock.", serial) { Kind = ErrorKind.Conflict };

    public static DomainError UnitNotInStock(string serial, string depot) =>
        new("UnitNotInStock", $"Unit {serial} is not in stock at {depot}.", serial, depot) { Kind = ErrorKind.Conflict };

    public static DomainError UnitOfOtherItem(string serial, string item) =>
        new("UnitOfOtherItem", $"Unit {serial} is not a unit of {item}.", serial, item);

    public static DomainError BatchOfOtherItem(string batch, string item) =>
        new("BatchOfOtherItem", $"Batch {batch} is not a batch of {item}.", batch, item);

    public static DomainError BatchExpired(string batch) =>
        new("BatchExpired", $"Batch {batch} has expired: it can only be written off.", batch);

    public static DomainError LocationOfOtherDepot(string location, string depot) =>
        new("LocationOfOtherDepot", $"Location {location} is not in depot {depot}.", location, depot);

    public static DomainError CodeIsNotItem(string code) =>
        new("CodeIsNotItem", $"Code '{code}' is a location, not goods: scan an item, batch or unit.", code);

    public static DomainError ExpiryRequired(string item) =>
        new("ExpiryRequired", $"{item}: a new batch needs an expiry date.", item);

    public static DomainError ExpiryMismatch(string lot, string expiry) =>
        new("ExpiryMismatch", $"Lot {lot} is already recorded with expiry {expiry}.", lot, expiry);

    public static DomainError LotAlreadyExpired(string lot, string expiry) =>
        new("LotAlreadyExpired", $"Lot {lot} expired on {expiry}: expired goods are not received into stock.", lot, expiry);
}
