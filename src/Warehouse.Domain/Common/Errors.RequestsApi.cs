namespace Warehouse.Domain.Common;

/// Refusals of a request raised through the requests API that the request form cannot make (its choices are fixed there).
public static partial class Errors
{
    public static DomainError UnknownDestinationKind(string kind) =>
        new("UnknownDestinationKind", $"Unknown destination kind '{kind}': send Place, Depot, Township or Address.", kind);

    public static DomainError DestinationRequired() =>
        new("DestinationRequired", "Say where the supplies go: a place code, a depot code, or a township or address.");
}
