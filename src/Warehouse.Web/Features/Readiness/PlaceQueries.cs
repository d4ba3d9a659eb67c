using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Domain.Readiness;

namespace Warehouse.Web.Features.Readiness;

/// A place as a choice in a form: its code, and its name under its township's.
public sealed record PlaceOption(int Id, string Code, string Label);

/// A row of the places page.
public sealed record PlaceRow(int Id, string Code, string Name, PlaceKind Kind, string? Township, int DutyPersons, int Households,
    string? Depot, double? Latitude, double? Longitude);

/// What the places pages read: the list, one place, and the choices of the forms.
public sealed class PlaceQueries(WarehouseDbContext db)
{
    /// Townships, each followed by its villages.
    public async Task<IReadOnlyList<PlaceRow>> ListAsync(CancellationToken cancellationToken)
    {
        var depots = await db.Depots.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var places = await db.Places.AsNoTracking().Include(p => p.Township).ToListAsync(cancellationToken);
        return places.OrderBy(p => p.Township?.Code ?? p.Code).ThenBy(p => p.Kind).ThenBy(p => p.Code)
            .Select(p => new PlaceRow(p.Id, p.Code, p.Name, p.Kind, p.Township?.Name, p.DutyPersons, p.Households,
                p.DepotId is { } d ? depots.GetValueOrDefault(d) : null, p.Latitude, p.Longitude))
            .ToList();
    }

    public async Task<IReadOnlyList<PlaceOption>> OptionsAsync(CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken))
            .Select(p => new PlaceOption(p.Id, p.Code, p.Township is null ? p.Name : $"{p.Township} · {p.Name}")).ToList();

    public async Task<IReadOnlyList<PlaceOption>> TownshipsAsync(CancellationToken cancellationToken) =>
        await db.Places.AsNoTracking().Where(p => p.Kind == PlaceKind.Township).OrderBy(p => p.Code)
            .Select(p => new PlaceOption(p.Id, p.Code, p.Name)).ToListAsync(cancellationToken);

    /// The place, tracked for a change; null when there is none.
    public Task<Place?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Places.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<Place?> TownshipAsync(int? id, CancellationToken cancellationToken) =>
        db.Places.SingleOrDefaultAsync(p => p.Id == id && p.Kind == PlaceKind.Township, cancellationToken);
}
