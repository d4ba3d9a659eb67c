using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Allocation;

/// A signature as a form or a handheld sends it: the signer's name, the pad's PNG data URL and, for the receiver, the
/// position the browser gave (blank when it gave none).
public sealed record HandOverSigning(string? Signer, string? DataUrl, string? Latitude = null, string? Longitude = null,
    string? Accuracy = null);

/// Keeps the signatures of a dispatch's hand-overs, inside the step that takes them: one per role, each with its audit row.
public sealed class SignatureBook(WarehouseDbContext db, AuditTrail audit, BureauClock clock)
{
    /// Checks and adds the signature; a refusal throws, so the step it belongs to changes nothing.
    public async Task<HandOverSignature> SignAsync(Dispatch dispatch, HandOverRole role, HandOverSigning signing, WorkflowActor actor,
        DateTime? atUtc = null)
    {
        var signed = await db.HandOverSignatures.AnyAsync(s => s.DispatchId == dispatch.Id && s.Role == role);
        var position = SignedPosition.Parse(signing.Latitude, signing.Longitude, signing.Accuracy);
        var signature = HandOverSignature.Take(dispatch, role, signed, signing.Signer, SignatureImage.FromDataUrl(signing.DataUrl),
            position, actor.UserName, atUtc ?? clock.UtcNow);
        db.HandOverSignatures.Add(signature);
        var action = role == HandOverRole.Driver ? AuditActions.DriverSigned : AuditActions.ReceiverSigned;
        audit.Record(AuditActor.Of(actor), action, dispatch.Number,
            position is null
                ? signature.Signer
                : FormattableString.Invariant($"{signature.Signer}; {position.Latitude:F6},{position.Longitude:F6}"));
        return signature;
    }

    /// The signatures of the given dispatches, oldest first.
    public async Task<IReadOnlyList<HandOverSignature>> OfAsync(IReadOnlyCollection<int> dispatchIds,
        CancellationToken cancellationToken) =>
        await db.HandOverSignatures.AsNoTracking().Where(s => dispatchIds.Contains(s.DispatchId)).OrderBy(s => s.Id)
            .ToListAsync(cancellationToken);
}
