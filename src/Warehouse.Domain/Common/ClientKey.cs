namespace Warehouse.Domain.Common;

/// A client-made id (idempotency key) together with whose it is and what it was sent with. Keys are unique only
/// within their scope, so two callers that both number their scans 1, 2, 3 never meet; the fingerprint tells a
/// retry of the same request from a different request that reused the key.
public sealed record ClientKey(string Scope, string Id, string? Fingerprint = null);

/// The key spaces client ids live in: one per station, one per signed-in user, and the product's own, which no
/// caller can write into (seeded opening stock, the documents the allocation steps post).
public static class ClientScopes
{
    public const int MaxLength = 80;

    /// Seeded documents and the dispatch, delivery and return notes the workflow posts itself.
    public const string Product = "product";

    /// A station by its id: its name may change, its key space may not.
    public static string ForStation(int stationId) => $"station:{stationId}";

    /// A signed-in user by their user id (the stable Identity id; the user name where no id is known).
    public static string ForUser(string userIdOrName) => $"user:{userIdOrName}";
}
