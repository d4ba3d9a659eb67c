using Warehouse.Domain.Common;

namespace Warehouse.Domain.Catalog;

/// A bin in a depot. Its code is unique across all depots (the depot code leads it) so that one
/// scanned label says where it is.
public sealed class Location : IVersioned
{
    private Location() { }

    public Location(Depot depot, string bin, string? name = null)
    {
        DepotId = depot.Id;
        Depot = depot;
        Bin = CatalogCodes.Normalize(bin, nameof(Bin));
        Code = CatalogCodes.Normalize($"{depot.Code}-{Bin}", nameof(Code));
        Name = CatalogText.Optional(name, nameof(Name), 100);
    }

    public int Id { get; private set; }
    public int Version { get; private set; }
    public int DepotId { get; private set; }
    public Depot? Depot { get; private set; }
    public string Bin { get; private set; } = "";
    public string Code { get; private set; } = "";
    public string? Name { get; private set; }
    public bool Active { get; private set; } = true;

    public void Update(string? name, bool active)
    {
        Name = CatalogText.Optional(name, nameof(Name), 100);
        Active = active;
    }

    public void Touch() => Version++;
}
