using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Web.Configuration;
using Warehouse.Web.Features.Admin.ApprovalRules;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Admin;

/// The approval rules (审批权限): which requests need which steps. Saving writes the rule's next version.
[Authorize(Policy = Policies.ManageApprovalRules)]
[Route("Admin/ApprovalRules/{action=Index}/{id?}")]
public sealed class ApprovalRulesController(ApprovalRulePages pages, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await pages.PageAsync(null, null, cancellationToken));

    /// The page with the rule's active version in the form, to save its next version.
    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await pages.FormAsync(id, cancellationToken) is { } form
            ? View("Index", await pages.PageAsync(form, null, cancellationToken))
            : NotFound();

    [HttpPost]
    public async Task<IActionResult> Save(ApprovalRuleForm form, CancellationToken cancellationToken)
    {
        var outcome = await pages.SaveAsync(form);
        if (outcome.Succeeded)
        {
            TempData["Notice"] = localizer["Approval rule saved."].Value;
            return RedirectToAction(nameof(Index));
        }
        return View("Index", await pages.PageAsync(form, ApiProblems.Localize(outcome.Error!, localizer), cancellationToken));
    }

    [HttpPost]
    public async Task<IActionResult> Retire(int id)
    {
        var outcome = await pages.RetireAsync(id);
        if (outcome.Succeeded)
            TempData["Notice"] = localizer["Approval rule retired."].Value;
        else
            TempData["Problem"] = ApiProblems.Localize(outcome.Error!, localizer);
        return RedirectToAction(nameof(Index));
    }
}
