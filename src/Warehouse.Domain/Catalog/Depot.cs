using Warehouse.Domain.Common;

namespace Warehouse.Domain.Catalog;

public sealed class Depot : IVersioned
{
    private Depot() { }

    public Depot(string code, string name, DepotKind kind, GeoPoint position)
    {
        Code = CatalogCodes.Normalize(code, nameof(Code));
        Name = CatalogText.Required(name, nameof(Name), 100);
        Kind = kind;
        Latitude = position.Latitude;
        Longitude = position.Longitude;
    }

    public int Id { get; private set; }
    public int Version { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public DepotKind Kind { get; private set; }
    public string? Address { get; private set; }
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }
    public string? Contact { get; private set; }
    public string? Phone { get; private set; }

    public GeoPoint Position => new(Latitude, Longitude);

    public void Update(string name, DepotKind kind, GeoPoint position, string? address, string? contact, string? phone)
    {
        Name = CatalogText.Required(name, nameof(Name), 100);
        Kind = kind;
        Latitude = position.Latitude;
        Longitude = position.Longitude;
        Address = CatalogText.Optional(address, nameof(Address), 200);
        Contact = CatalogText.Optional(contact, nameof(Contact), 50);
        Phone = CatalogText.Optional(phone, nameof(Phone), 30);
    }

    public void Touch() => Version++;
}
