namespace Warehouse.Domain.Common;

/// Refusals of the scanner and station API's requests as such.
public static partial class Errors
{
    public static DomainError ClientIdInvalid() =>
        new("ClientIdInvalid", "clientId is required: 1 to 64 letters, digits, '-' or '_'.");

    public static DomainError IdempotencyKeyReused(string clientId) =>
        new("IdempotencyKeyReused", $"Client id '{clientId}' was already used for a different request; use a new client id.", clientId)
            { Kind = ErrorKind.Unprocessable };

    public static DomainError BodyTooLarge(int limit) =>
        new("BodyTooLarge", $"The request body is larger than {limit} bytes.", limit) { Kind = ErrorKind.TooLarge };
}
