using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Data.Auditing;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Catalog;

/// What every catalog page shares: everyone signed in reads, administrators change, every change is audited,
/// and a broken rule comes back to the form as a message.
[Authorize]
public abstract class CatalogController(WarehouseDbContext db, AuditTrail audit, IStringLocalizer<SharedResource> localizer)
    : Controller
{
    protected WarehouseDbContext Db => db;
    protected IStringLocalizer L => localizer;
    protected const int PageSize = 50;

    /// Applies the change and saves it with its audit row; a domain rule or a duplicate code becomes a form error.
    /// An edit names the record and the version its form was opened at: a stale form is refused and changes nothing,
    /// and the audit row says what changed, before and after.
    protected async Task<bool> TrySaveAsync(Action change, string action, string subject, CancellationToken cancellationToken,
        IVersioned? edited = null, int? openedAt = null)
    {
        if (!ModelState.IsValid)
            return false;
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
            TempData["Notice"] = localizer["Saved {0}.", subject].Value;
            return true;
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", ApiProblems.Localize(e.Error, localizer));
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", ApiProblems.Localize(Errors.ChangedSinceOpened(), localizer));
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError("", localizer["That code is already used, or the record is still referenced."].Value);
        }
        db.ChangeTracker.Clear();
        return false;
    }

    protected static int SafePage(int page) => Math.Max(1, page);

    /// The depot choices of the location and quota forms.
    protected async Task LoadDepotsAsync(CancellationToken cancellationToken) =>
        ViewData["Depots"] = await db.Depots.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
}

public static class CatalogAudit
{
    public static string Created => AuditActions.CatalogCreated;
    public static string Updated => AuditActions.CatalogUpdated;
    public static string Deleted => AuditActions.CatalogDeleted;
}
