using System.Security.Cryptography;
using System.Text;
using Warehouse.Domain.Catalog;

namespace Warehouse.Domain.Stations;

/// A keeper's desk or handheld terminal, bound to one depot, that calls the API with its own key.
/// Only a hash of the key is kept; the key is shown once, when it is made.
public sealed class Station
{
    private Station() { }

    public Station(string name, int depotId, string key, DateTime createdAtUtc)
    {
        Name = CatalogText.Required(name, nameof(Name), 60);
        DepotId = depotId;
        KeyHash = Hash(key);
        KeyPrefix = key[..Math.Min(8, key.Length)];
        CreatedAt = DateTime.SpecifyKind(createdAtUtc, DateTimeKind.Utc);
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public int DepotId { get; private set; }
    public Depot? Depot { get; private set; }
    public string KeyHash { get; private set; } = "";
    public string KeyPrefix { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public int? DefaultPrinterId { get; private set; }

    public bool Active => RevokedAt is null;

    public void PrintTo(int? printerId) => DefaultPrinterId = printerId;

    public void Revoke(DateTime atUtc) => RevokedAt ??= DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);

    public static string NewKey() => "wh_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    /// Keys are long random strings, so a plain SHA-256 is enough (no password stretching needed).
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
