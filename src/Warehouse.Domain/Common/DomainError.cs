namespace Warehouse.Domain.Common;

/// A rule the request broke. The code names a localized message; the arguments fill it in; the kind decides how it is answered.
/// Errors are made only by the factories of <see cref="Errors"/>.
public sealed record DomainError(string Code, string Message, params object[] Arguments)
{
    /// What sort of refusal this is; <see cref="ErrorKind.Invalid"/> unless the factory says otherwise.
    public ErrorKind Kind { get; init; } = ErrorKind.Invalid;

    public override string ToString() => Message;
}

/// Carries a <see cref="DomainError"/> out of an entity that refused a change.
public sealed class DomainException(DomainError error) : Exception(error.Message)
{
    /// The rule that was broken.
    public DomainError Error { get; } = error;
}
