using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Allocation;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Allocation.SignLater;

/// A hand-over recorded without the driver's or the receiver's signature gets it afterwards, from the request's timeline.
[Authorize(Policy = Policies.ConfirmDelivery)]
[Route("Dispatches/Sign/{id:int}")]
public sealed class SignLaterController(SignLaterPages pages, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int id, HandOverRole role, CancellationToken cancellationToken)
    {
        var lookup = await pages.PageAsync(id, role, cancellationToken);
        if (lookup.Page is not { } page)
            return lookup.Forbidden ? Forbid() : NotFound();
        if (page.Refusal is { } refusal)
            ViewData["Problem"] = ApiProblems.Localize(refusal, localizer);
        return View(page);
    }

    [HttpPost]
    public async Task<IActionResult> Index(int id, SignLaterForm form)
    {
        var outcome = await pages.SignAsync(id, form);
        if (ApiProblems.IsForbidden(outcome.Error))
            return Forbid();
        if (!outcome.Succeeded)
        {
            TempData["Problem"] = ApiProblems.Localize(outcome.Error!, localizer);
            return RedirectToAction(nameof(Index), new { id, role = form.Role });
        }
        TempData["Notice"] = localizer["The signature is kept with the dispatch, marked as given afterwards."].Value;
        return RedirectToAction("Details", "Requests", new { id = outcome.Value });
    }
}
