using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Auditing;

/// Writes the audit rows: when from the <see cref="BureauClock"/>, who and from where from the current caller (or the
/// actor given). A row is only added to the context; it is saved, and sealed into the hash chain, with the caller's own change.
public sealed class AuditTrail(WarehouseDbContext db, BureauClock clock, ICurrentAuditActor? current = null)
{
    /// Records what the current caller did.
    public AuditEntry Record(string action, string subject, string? detail) =>
        Record(Current, action, subject, detail);

    /// Records what <paramref name="who"/> did; <paramref name="at"/> dates it when the change carries its own time.
    public AuditEntry Record(AuditActor who, string action, string subject, string? detail, DateTime? at = null)
    {
        var entry = new AuditEntry(at ?? clock.UtcNow, who.UserName, action, subject, detail, who.Origin);
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// Records what the current caller did and saves it at once: for an event that changes nothing else
    /// (signing out, a new password or second factor kept by Identity).
    public async Task RecordNowAsync(string action, string subject, string? detail, CancellationToken cancellationToken = default)
    {
        Record(action, subject, detail);
        await db.SaveChangesAsync(cancellationToken);
    }

    private AuditActor Current => current?.Current
        ?? throw new InvalidOperationException("No current caller is known here; pass the AuditActor explicitly.");
}
