namespace Warehouse.Domain.Common;

/// A rule the request broke. The code names a localized message; the arguments fill it in.
public sealed record DomainError(string Code, string Message, params object[] Arguments)
{
    public override string ToString() => Message;
}

public sealed class DomainException(DomainError error) : Exception(error.Message)
{
    public DomainError Error { get; } = error;
}

public static class Errors
{
    public static DomainError UnknownCode(string code) =>
        new("UnknownCode", $"Unknown code '{code}'.", code);

    public static DomainError QuantityNotPositive(int quantity) =>
        new("QuantityNotPositive", $"Quantity must be a positive whole number (got {quantity}).", quantity);

    public static DomainError QuantityTooLarge(int quantity, int limit) =>
        new("QuantityTooLarge", $"Quantity {quantity} is not plausible: at most {limit} per line.", quantity, limit);

    public static DomainError NotEnoughStock(string item, int requested, int available) =>
        new("NotEnoughStock", $"Not enough stock of {item}: requested {requested}, available {available}.", item, requested, available);

    public static DomainError DepotNotYours(string depot) =>
        new("DepotNotYours", $"Depot {depot} is not one of yours.", depot);

    public static DomainError UnknownDepot(string depot) =>
        new("UnknownDepot", $"Unknown depot '{depot}'.", depot);

    public static DomainError NoLines() =>
        new("NoLines", "The document has no lines.");

    public static DomainError TooManyLines(int limit) =>
        new("TooManyLines", $"A document may have at most {limit} lines.", limit);

    public static DomainError ClientIdInvalid() =>
        new("ClientIdInvalid", "clientId is required: 1 to 64 letters, digits, '-' or '_'.");

    public static DomainError ReasonNotAllowed(string reason) =>
        new("ReasonNotAllowed", $"Reason '{reason}' is not allowed here.", reason);

    public static DomainError LotRequired(string item) =>
        new("LotRequired", $"{item} is batch-tracked: give a lot number and an expiry date.", item);

    public static DomainError SerialRequired(string item) =>
        new("SerialRequired", $"{item} is serial-numbered: scan or type each unit's serial number.", item);

    public static DomainError SerialQuantityMustBeOne(string item) =>
        new("SerialQuantityMustBeOne", $"{item}: a serial-numbered unit is counted one at a time.", item);

    public static DomainError NotTracked(string item, string what) =>
        new("NotTracked", $"{item} does not take a {what}.", item, what);

    public static DomainError UnitAlreadyInStock(string serial) =>
        new("UnitAlreadyInStock", $"Unit {serial} is already in stock.", serial);

    public static DomainError UnitNotInStock(string serial, string depot) =>
        new("UnitNotInStock", $"Unit {serial} is not in stock at {depot}.", serial, depot);

    public static DomainError UnitOfOtherItem(string serial, string item) =>
        new("UnitOfOtherItem", $"Unit {serial} is not a unit of {item}.", serial, item);

    public static DomainError BatchOfOtherItem(string batch, string item) =>
        new("BatchOfOtherItem", $"Batch {batch} is not a batch of {item}.", batch, item);

    public static DomainError BatchExpired(string batch) =>
        new("BatchExpired", $"Batch {batch} has expired; issue it only as scrap or loss.", batch);

    public static DomainError LocationOfOtherDepot(string location, string depot) =>
        new("LocationOfOtherDepot", $"Location {location} is not in depot {depot}.", location, depot);

    public static DomainError CodeIsNotItem(string code) =>
        new("CodeIsNotItem", $"Code '{code}' is a location, not goods: scan an item, batch or unit.", code);

    public static DomainError TextTooLong(string field, int limit) =>
        new("TextTooLong", $"{field} is longer than {limit} characters.", field, limit);

    public static DomainError ExpiryRequired(string item) =>
        new("ExpiryRequired", $"{item}: a new batch needs an expiry date.", item);

    public static DomainError ExpiryMismatch(string lot, string expiry) =>
        new("ExpiryMismatch", $"Lot {lot} is already recorded with expiry {expiry}.", lot, expiry);

    public static DomainError LastAdministrator(string user) =>
        new("LastAdministrator", $"{user} is the last active administrator: make someone else an administrator first.", user);

    public static DomainError PasswordChangeRequired() =>
        new("PasswordChangeRequired", "Change your password at /Account/Password before doing anything else.");

    public static DomainError MfaEnrolmentRequired() =>
        new("MfaEnrolmentRequired", "Set up two-step sign-in at /Account/TwoFactor before doing anything else.");

    public static DomainError MfaRequiredForRole() =>
        new("MfaRequiredForRole", "Your role requires two-step sign-in; it cannot be turned off.");

    public static DomainError IdempotencyKeyReused(string clientId) =>
        new("IdempotencyKeyReused", $"Client id '{clientId}' was already used for a different request; use a new client id.", clientId);

    public static DomainError BodyTooLarge(int limit) =>
        new("BodyTooLarge", $"The request body is larger than {limit} bytes.", limit);

    public static DomainError TextHasControlCharacters(string field) =>
        new("TextHasControlCharacters", $"{field} contains control or text-direction characters.", field);

    public static DomainError LotAlreadyExpired(string lot, string expiry) =>
        new("LotAlreadyExpired", $"Lot {lot} expired on {expiry}: expired goods are not received into stock.", lot, expiry);

    public static DomainError ConcurrentChange() =>
        new("ConcurrentChange", "Someone else recorded this step at the same moment. Reload the page to see the result.");

    public static DomainError Forbidden(string reason) =>
        new("Forbidden", $"You may not do this. {reason}", reason);

    public static DomainError CodeNotReissuable(string dispatch) =>
        new("CodeNotReissuable", $"Dispatch {dispatch} is not on its way: only an undelivered dispatch's code can be re-issued.", dispatch);

    public static DomainError ChangedSinceOpened() =>
        new("ChangedSinceOpened", "This record was changed by someone else since you opened it. Reload the page and try again.");

    public static DomainError PrinterAddressNotAllowed(string address) =>
        new("PrinterAddressNotAllowed", $"Printer address \"{address}\" is not allowed: use a printer device "
            + "(file:///dev/usb/lp0, serial:///dev/ttyUSB0) or a network printer in Printing:AllowedAddresses.", address);

    public static DomainError UnknownClass() =>
        new("UnknownClass", "Unknown supply class.");

    public static DomainError ShelfLifeInvalid() =>
        new("ShelfLifeInvalid", "Shelf life must be between 1 and 36500 days.");

    public static DomainError MaintenanceIntervalInvalid() =>
        new("MaintenanceIntervalInvalid", "Maintenance interval must be between 1 and 3650 days.");

    public static DomainError UnitPriceInvalid() =>
        new("UnitPriceInvalid", "Unit price must be between 0 and 100,000,000.");

    public static DomainError Stale() =>
        new("Stale", "This request was changed by someone else since you opened it. Reload the page and try again.");

    public static DomainError UnknownRequest(int id) =>
        new("UnknownRequest", $"Request #{id} does not exist.", id);

    public static DomainError UnknownDispatch(int id) =>
        new("UnknownDispatch", $"Dispatch #{id} does not exist.", id);

    public static DomainError UnknownLevel() =>
        new("UnknownLevel", "Unknown emergency level.");

    public static DomainError DestinationDepotRequired() =>
        new("DestinationDepotRequired", "Choose the destination depot.");

    public static DomainError DuplicateItem() =>
        new("DuplicateItem", "Each item may appear on one line only.");

    public static DomainError NotADraft() =>
        new("NotADraft", "Only a draft can be changed.");

    public static DomainError NotAwaitingApproval() =>
        new("NotAwaitingApproval", "Only a submitted request can be approved.");

    public static DomainError NotOnRequest() =>
        new("NotOnRequest", "That item is not on this request.");

    public static DomainError ApprovedOutOfRange(int requested) =>
        new("ApprovedOutOfRange", $"Approved quantity must be between 0 and the {requested} requested.", requested);

    public static DomainError ReasonRequired() =>
        new("ReasonRequired", "Give a reason.");

    /// A guard of the workflow refused: its sentences are what the user reads.
    public static DomainError GuardRefused(IEnumerable<string> unmet) =>
        new("GuardRefused", string.Join(" ", unmet));

    public static DomainError IllegalStep(string trigger, string state) =>
        new("IllegalStep", $"'{trigger}' is not possible while the request is {state}.", trigger, state);

    /// A trigger that has a step of its own (approve, pick, dispatch...) sent to the plain trigger step.
    public static DomainError StepNotDoneHere(string trigger, string state) =>
        new("IllegalStep", $"'{trigger}' is not done from here.", trigger, state);

    public static DomainError SourcesDoNotAddUp() =>
        new("SourcesDoNotAddUp", "The quantities from the source depots must add up to the approved quantity.");

    public static DomainError SourceIsDestination() =>
        new("SourceIsDestination", "A depot cannot send to itself.");

    public static DomainError NothingAtDepot() =>
        new("NothingAtDepot", "This depot has none of the requested items free.");

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
        new("AlreadyDelivered", $"Dispatch {dispatch} was already delivered at {deliveredAtUtc:yyyy-MM-dd HH:mm} UTC.", dispatch);

    public static DomainError ReceivedOutOfRange(int sent) =>
        new("ReceivedOutOfRange", $"Received must be between 0 and the {sent} sent, damaged at most what was received.", sent);

    public static DomainError UnknownDeliveryCode(string code) =>
        new("UnknownDeliveryCode", "This delivery code is not known. Check the code on the slip.", code);

    public static DomainError NotReturnable(string item) =>
        new("NotReturnable", $"{item} is consumed, not returned.", item);

    public static DomainError ReturnOutOfRange(int sent) =>
        new("ReturnOutOfRange", $"At most {sent} can come back on this dispatch.", sent);
}
