using System.ComponentModel.DataAnnotations;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Readiness;

namespace Warehouse.Web.Features.Readiness;

public sealed class PlaceForm
{
    public int? Id { get; set; }

    /// The record's version when the form was opened; a save with an older one is refused.
    public int Version { get; set; }

    [Required(ErrorMessage = "Enter a code."), MaxLength(30), Display(Name = "Code")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter a name."), MaxLength(100), Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Kind")]
    public PlaceKind Kind { get; set; } = PlaceKind.Village;

    [Display(Name = "Township")]
    public int? TownshipId { get; set; }

    [Range(0, Place.MaxCount, ErrorMessage = "Enter a whole number from 0 to 1,000,000."), Display(Name = "Flood-duty persons")]
    public int DutyPersons { get; set; }

    [Range(0, Place.MaxCount, ErrorMessage = "Enter a whole number from 0 to 1,000,000."), Display(Name = "Households")]
    public int Households { get; set; }

    [Display(Name = "Storage point")]
    public int? DepotId { get; set; }

    [Range(-90, 90), Display(Name = "Latitude")]
    public double? Latitude { get; set; }

    [Range(-180, 180), Display(Name = "Longitude")]
    public double? Longitude { get; set; }

    public GeoPoint? Position => Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : null;

    public static PlaceForm Of(Place place) => new()
    {
        Id = place.Id, Version = place.Version, Code = place.Code, Name = place.Name, Kind = place.Kind, TownshipId = place.TownshipId,
        DutyPersons = place.DutyPersons, Households = place.Households, DepotId = place.DepotId, Latitude = place.Latitude,
        Longitude = place.Longitude,
    };
}

/// The places page: townships with their villages, and whether the caller may change them.
public sealed record PlaceListPage(IReadOnlyList<PlaceRow> Rows, bool CanEdit);

/// The place form's choices: the townships a village may belong to and the depots a township may have as storage point.
public sealed record PlaceChoices(IReadOnlyList<PlaceOption> Townships, IReadOnlyList<Depot> Depots);

/// The form and its choices.
public sealed record PlaceEditPage(PlaceForm Form, PlaceChoices Choices);
