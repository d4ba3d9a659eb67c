using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;

namespace Warehouse.Web.Features.Catalog;

/// What every catalog page shares: everyone signed in reads, administrators change, every change is audited,
/// and a broken rule comes back to the form as a message.
[Authorize]
public abstract class CatalogController(CatalogStore store, CatalogQueries queries, IStringLocalizer<SharedResource> localizer)
    : Controller
{
    protected CatalogStore Store => store;
    protected CatalogQueries Queries => queries;
    protected IStringLocalizer L => localizer;

    /// Applies the change and saves it with its audit row when the form is valid; a refusal becomes a form error.
    protected async Task<bool> TrySaveAsync(Action change, string action, string subject, CancellationToken cancellationToken,
        IVersioned? edited = null, int? openedAt = null)
    {
        if (!ModelState.IsValid)
            return false;
        if (await store.SaveAsync(change, action, subject, edited, openedAt, cancellationToken) is { } problem)
        {
            ModelState.AddModelError("", problem);
            return false;
        }
        TempData["Notice"] = localizer["Saved {0}.", subject].Value;
        return true;
    }

    /// The depot choices of the location and quota forms.
    protected async Task LoadDepotsAsync(CancellationToken cancellationToken) =>
        ViewData["Depots"] = await queries.DepotsAsync(cancellationToken);
}

public static class CatalogAudit
{
    public static string Created => AuditActions.CatalogCreated;
    public static string Updated => AuditActions.CatalogUpdated;
    public static string Deleted => AuditActions.CatalogDeleted;
}
