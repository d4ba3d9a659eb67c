using System.Globalization;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Readiness;
using Warehouse.Web.Features.Admin.Import;

namespace Warehouse.Web.Features.Readiness;

/// A place as a valid row gives it; its township and storage point by code and id.
public sealed record PlaceDraft(int Row, string Code, string Name, PlaceKind Kind, string? Township, int DutyPersons, int Households,
    int? DepotId, GeoPoint? Position);

/// Reads the places' rows into drafts: each checked by the domain's rules, its township found in the sheet or the
/// database, its storage point among the depots; a code seen twice is refused the second time.
public sealed class PlaceRows(IReadOnlyDictionary<string, int> depots, IReadOnlyDictionary<string, PlaceKind> places,
    IStringLocalizer<SharedResource> localizer, BothLanguages languages)
{
    public List<ImportRow> Refused { get; } = [];

    public IReadOnlyList<PlaceDraft> Read(string sheet, IEnumerable<SheetRow> rows)
    {
        var drafts = new List<PlaceDraft>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var read = new RowReader(row, PlaceImport.Kind, localizer, languages);
            var draft = Parse(row, read);
            if (draft is not null && places.TryGetValue(draft.Code, out var heldKind) && heldKind != draft.Kind)
                read.Refuse(Errors.PlaceKindInvalid());
            if (draft is not null && seen.TryGetValue(draft.Code, out var first))
                read.Refuse(Errors.ImportDuplicateCode(draft.Code, first.ToString(CultureInfo.InvariantCulture)));
            if (draft is null || read.Reason is not null)
            {
                Refused.Add(new ImportRow(sheet, row.Number, draft?.Code ?? row.Text("Code"), RowAction.Refused, read.Reason ?? ""));
                continue;
            }
            seen[draft.Code] = row.Number;
            drafts.Add(draft);
        }
        var townships = drafts.Where(d => d.Kind == PlaceKind.Township).Select(d => d.Code).ToHashSet();
        var orphans = drafts.Where(d => d.Township is { } t && !townships.Contains(t)
            && places.GetValueOrDefault(t, PlaceKind.Village) != PlaceKind.Township).ToList();
        foreach (var orphan in orphans)
        {
            drafts.Remove(orphan);
            Refused.Add(new ImportRow(sheet, orphan.Row, orphan.Code, RowAction.Refused, Localize(Errors.UnknownPlace(orphan.Township!))));
        }
        return drafts;
    }

    private PlaceDraft? Parse(SheetRow row, RowReader read)
    {
        var (code, name, kind) = (read.Text("Code"), read.Text("Name"), read.Choice<PlaceKind>("Kind", "PlaceKind"));
        var township = read.Optional("Township")?.ToUpperInvariant();
        var (duty, households) = (read.Whole("DutyPersons") ?? 0, read.Whole("Households") ?? 0);
        var depot = read.Optional("Depot")?.ToUpperInvariant();
        var (latitude, longitude) = (read.Optional("Latitude"), read.Optional("Longitude"));
        int? depotId = null;
        if (depot is not null && depots.TryGetValue(depot, out var found))
            depotId = found;
        else if (depot is not null)
            read.Refuse(Errors.UnknownDepot(depot));
        var place = CatalogSheets.Checked(read, () =>
        {
            var parent = township is null ? null : new Place(township, township, PlaceKind.Township, null);
            var made = new Place(code, name, kind, parent);
            made.Describe(name, duty, households, depotId, Position(read, latitude, longitude));
            return made;
        });
        return place is null ? null
            : new PlaceDraft(row.Number, place.Code, place.Name, kind, township, duty, households, depotId, place.Position);
    }

    private string Localize(DomainError error) => Infrastructure.ApiProblems.Localize(error, localizer);

    private GeoPoint? Position(RowReader read, string? latitude, string? longitude)
    {
        if (latitude is null && longitude is null)
            return null;
        if (!double.TryParse(latitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            || !double.TryParse(longitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
        {
            var heading = localizer[PlaceImport.Kind.HeadingKey(PlaceImport.Kind.Columns[7])];
            read.Refuse(Errors.ImportNotANumber(heading, $"{latitude} {longitude}"));
            return null;
        }
        return new GeoPoint(lat, lon);
    }
}
