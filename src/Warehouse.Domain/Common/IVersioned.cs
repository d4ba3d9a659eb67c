namespace Warehouse.Domain.Common;

/// A record edited through forms: the version moves on with every saved change, so a form that still carries
/// the old one is stale. SQLite has no database-made row version, so the app keeps it.
public interface IVersioned
{
    int Version { get; }

    /// Moves the version on; called once per saved change.
    void Touch();
}
