using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Domain.Allocation;

/// Who signs at a hand-over: the driver takes the goods at the source depot, the receiver takes them at the destination.
public enum HandOverRole
{
    Driver,
    Receiver,
}

/// A signature given at a hand-over of a dispatch: one per role and dispatch, kept as given and never replaced.
public sealed class HandOverSignature
{
    public const int MaxSignerLength = 50;

    private HandOverSignature() { }

    private HandOverSignature(Dispatch dispatch, HandOverRole role, string signer, SignatureImage image, SignedPosition? position,
        string by, DateTime atUtc)
    {
        (DispatchId, Role, Png, RecordedBy) = (dispatch.Id, role, image.Png, by);
        Signer = CatalogText.Optional(signer, "Signer", MaxSignerLength) ?? throw new DomainException(Errors.SignerNameMissing());
        SignedAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        (Latitude, Longitude, Accuracy) = (position?.Latitude, position?.Longitude, position?.Accuracy);
    }

    public int Id { get; private set; }
    public int DispatchId { get; private set; }
    public HandOverRole Role { get; private set; }
    public string Signer { get; private set; } = "";
    public byte[] Png { get; private set; } = [];
    public DateTime SignedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public double? Accuracy { get; private set; }

    public SignedPosition? Position => Latitude is { } lat && Longitude is { } lon ? new SignedPosition(lat, lon, Accuracy) : null;

    /// Takes a signature for the dispatch: the driver's once it has left, the receiver's once it has left or arrived.
    /// <paramref name="alreadySigned"/> says whether this role has signed for the dispatch before.
    public static HandOverSignature Take(Dispatch dispatch, HandOverRole role, bool alreadySigned, string? signer, SignatureImage image,
        SignedPosition? position, string by, DateTime atUtc)
    {
        FreeText.Require("signer", signer);
        if (dispatch.State is not (DispatchState.Dispatched or DispatchState.Delivered))
            throw new DomainException(Errors.SignatureBeforeDispatch(dispatch.Number));
        if (alreadySigned)
            throw new DomainException(Errors.AlreadySigned(dispatch.Number));
        return new HandOverSignature(dispatch, role, signer ?? "", image, position, by, atUtc);
    }
}
