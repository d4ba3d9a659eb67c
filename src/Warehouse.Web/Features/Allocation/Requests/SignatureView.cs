using System.Globalization;
using Warehouse.Domain.Allocation;

namespace Warehouse.Web.Features.Allocation.Requests;

/// A hand-over signature as the request's page shows it: the image inline (a data URL; the page's CSP allows
/// <c>img-src data:</c>), who signed, when and, for the receiver, where; <paramref name="TakenLaterBy"/> names who took it
/// when it was given after its hand-over.
public sealed record SignatureView(int DispatchId, HandOverRole Role, string Signer, DateTime SignedAt, string ImageUrl, string? Position,
    int? AccuracyMetres, string? TakenLaterBy = null)
{
    // A signature taken in its hand-over's own step carries the hand-over's time; one given afterwards is later than that.
    private static readonly TimeSpan SameStep = TimeSpan.FromSeconds(1);

    public bool SignedLater => TakenLaterBy is not null;

    public static SignatureView Of(HandOverSignature signature, Dispatch dispatch) =>
        new(signature.DispatchId, signature.Role, signature.Signer, signature.SignedAt,
            "data:image/png;base64," + Convert.ToBase64String(signature.Png), PositionText(signature.Position),
            signature.Accuracy is { } metres ? (int)Math.Round(metres) : null,
            HandOverAt(dispatch, signature.Role) is { } at && signature.SignedAt - at > SameStep ? signature.RecordedBy : null);

    private static DateTime? HandOverAt(Dispatch dispatch, HandOverRole role) =>
        role == HandOverRole.Driver ? dispatch.DispatchedAt : dispatch.DeliveredAt;

    private static string? PositionText(SignedPosition? position) => position is null
        ? null
        : string.Create(CultureInfo.InvariantCulture, $"{position.Latitude:F5}, {position.Longitude:F5}");
}
