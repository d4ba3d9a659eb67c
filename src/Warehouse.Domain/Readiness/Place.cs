using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Readiness;

/// A township or a village the bureau equips: its flood-duty persons (防汛责任人) and households, and for a township the
/// storage point that is its own depot. A village belongs to a township.
public sealed class Place : IVersioned
{
    /// The most flood-duty persons or households one place may plausibly have.
    public const int MaxCount = 1_000_000;

    private Place() { }

    public Place(string code, string name, PlaceKind kind, Place? township)
    {
        Code = CatalogCodes.Normalize(code, nameof(Code));
        Kind = Enum.IsDefined(kind) ? kind : throw new DomainException(Errors.PlaceKindInvalid());
        if ((kind == PlaceKind.Village) != (township is not null) || township?.Kind == PlaceKind.Village)
            throw new DomainException(Errors.VillageNeedsTownship());
        Township = township;
        TownshipId = township?.Id;
        Name = CatalogText.Required(name, nameof(Name), 100);
    }

    public int Id { get; private set; }
    public int Version { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public PlaceKind Kind { get; private set; }
    public int? TownshipId { get; private set; }
    public Place? Township { get; private set; }
    public int DutyPersons { get; private set; }
    public int Households { get; private set; }
    public int? DepotId { get; private set; }
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }

    /// Sets what the place has: its people, its storage point (townships only) and where it is, if known.
    public void Describe(string name, int dutyPersons, int households, int? depotId, GeoPoint? position)
    {
        if (dutyPersons is < 0 or > MaxCount || households is < 0 or > MaxCount)
            throw new DomainException(Errors.PlaceCountInvalid(MaxCount));
        if (depotId is not null && Kind == PlaceKind.Village)
            throw new DomainException(Errors.VillageHasNoDepot());
        Name = CatalogText.Required(name, nameof(Name), 100);
        DutyPersons = dutyPersons;
        Households = households;
        DepotId = depotId;
        Latitude = position?.Latitude;
        Longitude = position?.Longitude;
    }

    public GeoPoint? Position => Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : null;

    public void Touch() => Version++;
}
