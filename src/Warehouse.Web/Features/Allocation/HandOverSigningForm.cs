using Warehouse.Data.Allocation;

namespace Warehouse.Web.Features.Allocation;

/// What a hand-over form posts to sign: the signer's name, the pad's PNG data URL (empty when the pad was left blank)
/// and the browser's position when it gave one, as its script wrote it (invariant culture; blank when it gave none).
public abstract class HandOverSigningForm
{
    public string? Signer { get; set; }
    public string? Signature { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? Accuracy { get; set; }

    public HandOverSigning Signing => new(Signer, Signature, Latitude, Longitude, Accuracy);
}
