using System.Globalization;
using Warehouse.Domain.Allocation;

namespace Warehouse.Web.Features.Allocation.Requests;

/// A hand-over signature as the request's page shows it: the image inline (a data URL; the page's CSP allows
/// <c>img-src data:</c>), who signed, when and, for the receiver, where.
public sealed record SignatureView(int DispatchId, HandOverRole Role, string Signer, DateTime SignedAt, string ImageUrl, string? Position,
    int? AccuracyMetres)
{
    public static SignatureView Of(HandOverSignature signature) =>
        new(signature.DispatchId, signature.Role, signature.Signer, signature.SignedAt,
            "data:image/png;base64," + Convert.ToBase64String(signature.Png), PositionText(signature.Position),
            signature.Accuracy is { } metres ? (int)Math.Round(metres) : null);

    private static string? PositionText(SignedPosition? position) => position is null
        ? null
        : string.Create(CultureInfo.InvariantCulture, $"{position.Latitude:F5}, {position.Longitude:F5}");
}
