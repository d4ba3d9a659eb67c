using Warehouse.Domain.Catalog;
using Warehouse.Domain.Stations;

namespace Warehouse.Domain.Departments;

/// A key a department's own system (the city's emergency command platform) calls the requests API with, acting as that
/// department. Like a station's key, only its hash is kept; the key is shown once, when it is made.
public sealed class DepartmentApiKey
{
    public const int MaxNameLength = 60;

    private DepartmentApiKey() { }

    public DepartmentApiKey(string name, int departmentId, string key, DateTime createdAtUtc)
    {
        Name = CatalogText.Required(name, nameof(Name), MaxNameLength);
        DepartmentId = departmentId;
        KeyHash = Station.Hash(key);
        KeyPrefix = key[..Math.Min(8, key.Length)];
        CreatedAt = DateTime.SpecifyKind(createdAtUtc, DateTimeKind.Utc);
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public int DepartmentId { get; private set; }
    public Department? Department { get; private set; }
    public string KeyHash { get; private set; } = "";
    public string KeyPrefix { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public DateTime? LastUsedAt { get; private set; }

    public void Revoke(DateTime atUtc) => RevokedAt ??= DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);

    /// A new key: the same shape as a station's, with its own prefix so a leaked one is recognised for what it opens.
    public static string NewKey() => "whd_" + Station.NewKey()[3..];
}
