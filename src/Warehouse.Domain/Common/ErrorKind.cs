namespace Warehouse.Domain.Common;

/// What sort of refusal a <see cref="DomainError"/> is; the web layer answers each kind with one HTTP status.
public enum ErrorKind
{
    /// The request itself is wrong: a bad quantity, a missing field, a step not possible now.
    Invalid,

    /// The thing the request names does not exist.
    NotFound,

    /// The request is sound but collides with the current state: too little stock, someone else got there first.
    Conflict,

    /// The caller may not do this, whatever they send.
    Forbidden,

    /// The request is well-formed but names something the API cannot work with (an unknown code or depot, a reused client id).
    Unprocessable,

    /// The request body is larger than the API accepts.
    TooLarge,

    /// The request is sound but cannot be answered yet: work it depends on is still running in the background.
    Unavailable,
}
