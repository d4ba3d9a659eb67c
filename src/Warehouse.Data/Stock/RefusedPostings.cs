using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Infrastructure;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Stock;

/// What a handheld sent after being offline and the server refused, as the server keeps it: recorded once per client id
/// (with an audit row), listed for the depot's keepers, and dismissed with a note (audited).
public sealed class RefusedPostings(WarehouseDbContext db, AuditTrail audit, BureauClock clock)
{
    /// What the device sent and why it was refused, as <see cref="RecordAsync"/> keeps it.
    public sealed record Refusal(int DepotId, DocumentKind Kind, Actor Actor, string ClientId, DomainError Error, string Detail,
        string Payload, DateTime? QueuedAtUtc);

    /// Keeps the refusal unless the same caller's client id is already kept (a resend whose answer was lost).
    public async Task RecordAsync(Refusal refusal, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var scope = refusal.Actor.ClientScope;
        try
        {
            await SqliteWriteGate.RunAsync(db, async () =>
            {
                if (await db.RefusedPostings.AnyAsync(r => r.ClientScope == scope && r.ClientId == refusal.ClientId, cancellationToken))
                    return 0;
                db.RefusedPostings.Add(new RefusedPosting(refusal.DepotId, refusal.Kind, scope, refusal.ClientId,
                    refusal.Actor.UserName, refusal.Error, refusal.Detail, refusal.Payload, refusal.QueuedAtUtc, clock.UtcNow));
                audit.Record(AuditActor.Of(refusal.Actor), AuditActions.OfflinePostingRefused, $"{refusal.Kind} {refusal.ClientId}",
                    $"{refusal.Error.Code}: {refusal.Detail}");
                return await db.SaveChangesAsync(cancellationToken);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same resend raced itself: the unique index kept the first one.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// Resolves the refusal with the keeper's note; null when done, else why not. The caller checks the depot is theirs.
    public async Task<DomainError?> DismissAsync(RefusedPosting refusal, string userName, string? note, CancellationToken cancellationToken)
    {
        if (refusal.Dismiss(userName, note, clock.UtcNow) is { } error)
            return error;
        audit.Record(AuditActions.OfflineRefusalDismissed, $"{refusal.Kind} {refusal.ClientId}", refusal.ResolutionNote);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Errors.RefusalAlreadyResolved(refusal.Id);
        }
    }
}
