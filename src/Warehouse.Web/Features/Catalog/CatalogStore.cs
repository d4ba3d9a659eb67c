using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Data.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Catalog;

/// Where catalog records are found, added and saved: every change is saved with its audit row, a stale form is
/// refused, and a broken rule or a duplicate code comes back as the message the form shows.
public sealed class CatalogStore(WarehouseDbContext db, AuditTrail audit, IStringLocalizer<SharedResource> localizer)
{
    /// The record with this key, tracked for a change; null when there is none.
    public async Task<T?> FindAsync<T>(int id, CancellationToken cancellationToken) where T : class =>
        await db.FindAsync<T>([id], cancellationToken);

    public void Add<T>(T record) where T : class => db.Add(record);

    public void Remove<T>(T record) where T : class => db.Remove(record);

    /// Applies the change and saves it with its audit row; null when saved, else the message for the form.
    /// An edit names the record and the version its form was opened at: a stale form is refused and changes nothing,
    /// and the audit row says what changed, before and after.
    public async Task<string?> SaveAsync(Action change, string action, string subject, IVersioned? edited, int? openedAt,
        CancellationToken cancellationToken)
    {
        try
        {
            if (edited is not null && edited.Version != openedAt)
                throw new DbUpdateConcurrencyException();
            change();
            var detail = edited is null ? null : CatalogChanges.Describe(db.Entry(edited));
            if (edited is not null && detail is not null)
            {
                db.Entry(edited).Property(nameof(IVersioned.Version)).OriginalValue = openedAt;
                edited.Touch();
            }
            audit.Record(action, subject, detail);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DomainException e)
        {
            return Refused(ApiProblems.Localize(e.Error, localizer));
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refused(ApiProblems.Localize(Errors.ChangedSinceOpened(), localizer));
        }
        catch (DbUpdateException)
        {
            return Refused(localizer["That code is already used, or the record is still referenced."].Value);
        }
    }

    private string Refused(string message)
    {
        db.ChangeTracker.Clear();
        return message;
    }
}
