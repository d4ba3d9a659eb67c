using System.Globalization;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Allocation;

/// Where the receiver signed, as the browser's geolocation gave it: latitude and longitude in degrees, accuracy in
/// metres. Optional: a browser that refuses or has no fix sends none, and that never blocks the delivery.
public sealed record SignedPosition(double Latitude, double Longitude, double? Accuracy)
{
    public const double MaxAccuracy = 100_000;

    /// Reads the form's fields (invariant culture, as the page's script writes them); all blank is no position.
    public static SignedPosition? Parse(string? latitude, string? longitude, string? accuracy)
    {
        if (string.IsNullOrWhiteSpace(latitude) && string.IsNullOrWhiteSpace(longitude))
            return string.IsNullOrWhiteSpace(accuracy) ? null : throw Invalid();
        if (!TryRead(latitude, out var lat) || !TryRead(longitude, out var lon))
            throw Invalid();
        double? metres = null;
        if (!string.IsNullOrWhiteSpace(accuracy))
            metres = TryRead(accuracy, out var a) ? a : throw Invalid();
        return Of(lat, lon, metres);
    }

    /// A position in range, or the refusal.
    public static SignedPosition Of(double latitude, double longitude, double? accuracy) =>
        latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180 && accuracy is null or (>= 0 and <= MaxAccuracy)
            ? new SignedPosition(latitude, longitude, accuracy)
            : throw Invalid();

    private static bool TryRead(string? text, out double value) =>
        double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static DomainException Invalid() => new(Errors.SignaturePositionInvalid());
}
