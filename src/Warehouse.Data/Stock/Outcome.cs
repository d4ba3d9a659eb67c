using Warehouse.Domain.Common;

namespace Warehouse.Data.Stock;

/// Either the value or the rule that was broken; expected refusals are values, not exceptions.
public readonly record struct Outcome<T>(T? Value, DomainError? Error)
{
    public bool Succeeded => Error is null;

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(DomainError error) => new(default, error);
}
