namespace Warehouse.Domain.Common;

/// The catalogue of every <see cref="DomainError"/>: one factory per refusal, split by area into partial files.
/// The code names the error and its localized message (Error.&lt;Code&gt;); the kind decides the HTTP status.
/// Refusals any part of the system can give: unknown codes and depots, quantities, free text, permission, concurrency.
public static partial class Errors
{
    public static DomainError UnknownCode(string code) =>
        new("UnknownCode", $"Unknown code '{code}'.", code) { Kind = ErrorKind.Unprocessable };

    public static DomainError UnknownDepot(string depot) =>
        new("UnknownDepot", $"Unknown depot '{depot}'.", depot) { Kind = ErrorKind.Unprocessable };

    public static DomainError DepotNotYours(string depot) =>
        new("DepotNotYours", $"Depot {depot} is not one of yours.", depot) { Kind = ErrorKind.Forbidden };

    public static DomainError QuantityNotPositive(int quantity) =>
        new("QuantityNotPositive", $"Quantity must be a positive whole number (got {quantity}).", quantity);

    public static DomainError QuantityTooLarge(int quantity, int limit) =>
        new("QuantityTooLarge", $"Quantity {quantity} is not plausible: at most {limit} per line.", quantity, limit);

    public static DomainError TextTooLong(string field, int limit) =>
        new("TextTooLong", $"{field} is longer than {limit} characters.", field, limit);

    public static DomainError TextHasControlCharacters(string field) =>
        new("TextHasControlCharacters", $"{field} contains control or text-direction characters.", field);

    public static DomainError Forbidden(string reason) =>
        new("Forbidden", $"You may not do this. {reason}", reason) { Kind = ErrorKind.Forbidden };

    public static DomainError ConcurrentChange() =>
        new("ConcurrentChange", "Someone else recorded this step at the same moment. Reload the page to see the result.")
            { Kind = ErrorKind.Conflict };

    public static DomainError ChangedSinceOpened() =>
        new("ChangedSinceOpened", "This record was changed by someone else since you opened it. Reload the page and try again.");
}
