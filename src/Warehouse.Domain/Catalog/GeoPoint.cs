using Warehouse.Domain.Common;

namespace Warehouse.Domain.Catalog;

public readonly record struct GeoPoint
{
    public GeoPoint(double latitude, double longitude)
    {
        if (latitude is < -90 or > 90 || double.IsNaN(latitude))
            throw new DomainException(Errors.LatitudeOutOfRange());
        if (longitude is < -180 or > 180 || double.IsNaN(longitude))
            throw new DomainException(Errors.LongitudeOutOfRange());
        Latitude = latitude;
        Longitude = longitude;
    }

    public double Latitude { get; }
    public double Longitude { get; }

    /// Great-circle distance in kilometres (haversine); good enough to rank depots by nearness.
    public double DistanceKmTo(GeoPoint other)
    {
        const double earthRadiusKm = 6371.0;
        var dLat = ToRadians(other.Latitude - Latitude);
        var dLon = ToRadians(other.Longitude - Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2)
              + Math.Cos(ToRadians(Latitude)) * Math.Cos(ToRadians(other.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * earthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
