using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Offline;

/// The depot's page of postings a handheld queued offline that the server refused on sync, for its keepers to resolve.
[Authorize(Policy = Policies.PostStock)]
public sealed class RefusedPostingsController(RefusedPostingPages pages, IStringLocalizer<SharedResource> localizer) : Controller
{
    public async Task<IActionResult> Index(string? depot, CancellationToken cancellationToken) =>
        View(await pages.PageAsync(depot, cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Dismiss(int id, string? note, CancellationToken cancellationToken)
    {
        var outcome = await pages.DismissAsync(id, note, cancellationToken);
        if (outcome.Error is { } error)
            TempData["Problem"] = ApiProblems.Localize(error, localizer);
        else
            TempData["Notice"] = localizer["The refused posting is resolved."].Value;
        return RedirectToAction(nameof(Index), new { depot = outcome.Value });
    }
}
