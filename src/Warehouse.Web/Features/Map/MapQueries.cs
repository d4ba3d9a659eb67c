using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Readiness;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Web.Features.Allocation;

namespace Warehouse.Web.Features.Map;

/// A depot on the map.
public sealed record MapDepot(string Code, string Name, double Lat, double Lon);

/// A township or village with coordinates, and its standard fill rate (null when no equipment standard applies to it).
public sealed record MapPlace(string Code, string Name, bool Township, double Lat, double Lon, PlaceFill? Fill = null);

/// An open request whose destination has coordinates.
public sealed record MapRequest(string Number, string Incident, string Level, string State, string Destination,
    DateTime NeededBy, double Lat, double Lon);

/// A dispatch on the road: from its depot to the request's destination (null when it has no coordinates), due at the
/// request's submission plus the target.
public sealed record MapDispatch(string Number, string Request, string Source, string Destination, string? Vehicle,
    DateTime DispatchedAt, DateTime? DueAt, double FromLat, double FromLon, double? ToLat, double? ToLon);

/// Everything the map draws, with the server's time so countdowns do not depend on the browser's clock.
public sealed record MapData(DateTime Now, IReadOnlyList<MapDepot> Depots, IReadOnlyList<MapPlace> Places,
    IReadOnlyList<MapRequest> Requests, IReadOnlyList<MapDispatch> Dispatches);

/// The reads behind the emergency map (应急一张图). Depots and places are everyone's; requests and dispatches are
/// scoped like the request pages, so a department sees only its own.
public sealed class MapQueries(WarehouseDbContext db, AllocationQueries allocation, BureauClock clock, FillRates fillRates)
{
    public async Task<MapData> DataAsync(CancellationToken cancellationToken)
    {
        var depots = await db.Depots.AsNoTracking().OrderBy(d => d.Code)
            .Select(d => new MapDepot(d.Code, d.Name, d.Latitude, d.Longitude)).ToListAsync(cancellationToken);
        var fills = PlaceFill.ByPlace(await fillRates.BuildAsync(cancellationToken));
        var places = (await db.Places.AsNoTracking().Where(p => p.Latitude != null && p.Longitude != null).OrderBy(p => p.Code)
            .Select(p => new { p.Id, p.Code, p.Name, p.Kind, Lat = p.Latitude!.Value, Lon = p.Longitude!.Value })
            .ToListAsync(cancellationToken))
            .Select(p => new MapPlace(p.Code, p.Name, p.Kind == Domain.Readiness.PlaceKind.Township, p.Lat, p.Lon,
                fills.GetValueOrDefault(p.Id)))
            .ToList();
        var destinations = await DestinationsAsync(cancellationToken);
        var requests = destinations.Where(d => d.Point is not null)
            .Select(d => new MapRequest(d.Number, d.Incident, d.Level.ToString(), d.State.ToString(), d.Destination, d.NeededBy,
                d.Point!.Value.Lat, d.Point.Value.Lon))
            .ToList();
        return new MapData(clock.UtcNow, depots, places, requests, await DispatchesAsync(destinations, cancellationToken));
    }

    private sealed record OpenRequest(int Id, string Number, string Incident, EmergencyLevel Level, RequestState State,
        string Destination, DateTime NeededBy, DateTime? SubmittedAt, (double Lat, double Lon)? Point);

    /// The caller's open requests with where they go: the request's own coordinates, else its place's, else its depot's.
    private async Task<List<OpenRequest>> DestinationsAsync(CancellationToken cancellationToken)
    {
        var rows = await allocation.Visible().AsNoTracking()
            .Where(r => AllocationQueries.Open.Contains(r.State))
            .Select(r => new
            {
                r.Id, r.Number, r.Incident, r.Level, r.State, r.DestinationName, r.NeededBy,
                Submitted = r.SubmittedAt,
                Lat = r.DestinationLatitude
                    ?? db.Places.Where(p => p.Id == r.DestinationPlaceId).Select(p => p.Latitude).FirstOrDefault()
                    ?? (r.DestinationDepot == null ? null : (double?)r.DestinationDepot.Latitude),
                Lon = r.DestinationLongitude
                    ?? db.Places.Where(p => p.Id == r.DestinationPlaceId).Select(p => p.Longitude).FirstOrDefault()
                    ?? (r.DestinationDepot == null ? null : (double?)r.DestinationDepot.Longitude),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new OpenRequest(r.Id, r.Number, r.Incident, r.Level, r.State, r.DestinationName, r.NeededBy,
                r.Submitted, r.Lat is { } lat && r.Lon is { } lon ? (lat, lon) : null))
            .ToList();
    }

    private async Task<List<MapDispatch>> DispatchesAsync(List<OpenRequest> requests, CancellationToken cancellationToken)
    {
        var ids = requests.Select(r => r.Id).ToList();
        var byId = requests.ToDictionary(r => r.Id);
        var dispatches = await db.Dispatches.AsNoTracking()
            .Where(d => d.State == DispatchState.Dispatched && ids.Contains(d.RequestId))
            .OrderBy(d => d.DispatchedAt)
            .Select(d => new { d.Number, d.RequestId, Source = d.SourceDepot!.Name, d.SourceDepot.Latitude, d.SourceDepot.Longitude,
                d.Vehicle, DispatchedAt = d.DispatchedAt!.Value })
            .ToListAsync(cancellationToken);
        return dispatches.Select(d =>
        {
            var request = byId[d.RequestId];
            return new MapDispatch(d.Number, request.Number, d.Source, request.Destination, d.Vehicle, d.DispatchedAt,
                request.SubmittedAt?.Add(allocation.Target), d.Latitude, d.Longitude, request.Point?.Lat, request.Point?.Lon);
        }).ToList();
    }
}
