using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.WriteOffs;

/// Rotation (轮换): what expires soon, and a button or link for each way to move it on.
[Authorize(Policy = Policies.ReadWriteOffs)]
[Route("Rotation/{action=Index}")]
public sealed class RotationController(RotationPages pages, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int? days, int page = 1, CancellationToken cancellationToken = default)
    {
        var rotation = await pages.IndexAsync(ModelState.IsValid ? days : 0, page, cancellationToken);
        if (rotation.Problem is not null)
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(rotation);
    }

    /// Drafts a transfer request of an expiring batch to a depot that will use it; the request then goes through approval.
    [HttpPost, Authorize(Policy = Policies.RequestSupplies)]
    public async Task<IActionResult> Transfer(int depotId, int batchId, int toDepotId, int quantity, CancellationToken cancellationToken)
    {
        var outcome = await pages.DraftTransferAsync(depotId, batchId, toDepotId, quantity, cancellationToken);
        if (outcome.Succeeded)
            return RedirectToAction("Edit", "Requests", new { id = outcome.Value });
        TempData["Problem"] = ApiProblems.Localize(outcome.Error!, localizer);
        return RedirectToAction(nameof(Index));
    }
}
