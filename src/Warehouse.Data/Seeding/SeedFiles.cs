using System.Text.Json;
using System.Text.Json.Serialization;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Readiness;

namespace Warehouse.Data.Seeding;

/// The demo catalog as it stands in db/seed/*.json, which bureau staff can edit without touching code.
public sealed record SeedCatalog(
    IReadOnlyList<SeedDepartment> Departments,
    IReadOnlyList<SeedDepot> Depots,
    IReadOnlyList<SeedItem> Items,
    IReadOnlyList<SeedUser> Users,
    IReadOnlyList<SeedQuota> Quotas,
    IReadOnlyList<SeedStock> Stock,
    IReadOnlyList<SeedPlace> Places,
    IReadOnlyList<SeedStandard> Standards,
    IReadOnlyList<SeedKitDefinition> Kits)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        AllowTrailingCommas = false,
    };

    public static SeedCatalog Load(string folder) => new(
        Read<SeedDepartment>(folder, "departments.json"),
        Read<SeedDepot>(folder, "depots.json"),
        Read<SeedItem>(folder, "items.json"),
        Read<SeedUser>(folder, "users.json"),
        Read<SeedQuota>(folder, "quotas.json"),
        Read<SeedStock>(folder, "stock.json"),
        Read<SeedPlace>(folder, "places.json"),
        Read<SeedStandard>(folder, "standards.json"),
        Read<SeedKitDefinition>(folder, "kits.json"));

    private static List<T> Read<T>(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
            throw new FileNotFoundException($"Seed file {path} is missing.", path);
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<List<T>>(stream, Options)
            ?? throw new InvalidDataException($"Seed file {path} is empty.");
    }
}

public sealed record SeedDepartment(string Code, string Name);

public sealed record SeedDepot(string Code, string Name, DepotKind Kind, string? Address, double Latitude, double Longitude,
    string? Contact, string? Phone, IReadOnlyList<string> Bins);

public sealed record SeedItem(string Code, string Name, string? Specification, SupplyClass Class, string Unit, string? Gtin,
    TrackingMode Tracking, int? ShelfLifeDays, int? MaintenanceIntervalDays, bool Returnable, decimal UnitPrice, string? Department);

public sealed record SeedUser(string UserName, string DisplayName, string Role, string Password, IReadOnlyList<string> Depots,
    string? Department);

public sealed record SeedQuota(string Depot, string Item, int Minimum, int Target);

public sealed record SeedStock(string Depot, string Bin, string Item, StorageMode Mode, int Quantity, string? Lot,
    int? ExpiresInDays, string? Supplier, IReadOnlyList<string>? Serials);

public sealed record SeedPlace(string Code, string Name, PlaceKind Kind, string? Township, int DutyPersons, int Households, string? Depot,
    double? Latitude, double? Longitude);

public sealed record SeedStandard(string Code, string Name, IReadOnlyList<SeedStandardLine> Lines);

public sealed record SeedStandardLine(string Item, CoverageBasis Basis, int Quantity);

public sealed record SeedKitDefinition(string Code, string Name, IReadOnlyList<SeedKitLine> Lines);

public sealed record SeedKitLine(string Item, int Quantity);
