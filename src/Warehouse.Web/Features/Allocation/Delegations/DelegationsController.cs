using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Allocation.Delegations;

/// An approver names a deputy for a period (委托代批) and may revoke it; the deputy's approvals are recorded on their behalf.
[Authorize(Policy = Policies.NameDeputies)]
[Route("Delegations/{action=Index}/{id?}")]
public sealed class DelegationsController(DelegationPages pages, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await pages.PageAsync(null, null, cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Name(DelegationForm form, CancellationToken cancellationToken)
    {
        var outcome = await pages.NameAsync(form);
        if (outcome.Succeeded)
        {
            TempData["Notice"] = localizer["Deputy named."].Value;
            return RedirectToAction(nameof(Index));
        }
        return View("Index", await pages.PageAsync(form, ApiProblems.Localize(outcome.Error!, localizer), cancellationToken));
    }

    [HttpPost]
    public async Task<IActionResult> Revoke(int id)
    {
        var outcome = await pages.RevokeAsync(id);
        if (outcome.Succeeded)
            TempData["Notice"] = localizer["Delegation revoked."].Value;
        else
            TempData["Problem"] = ApiProblems.Localize(outcome.Error!, localizer);
        return RedirectToAction(nameof(Index));
    }
}
