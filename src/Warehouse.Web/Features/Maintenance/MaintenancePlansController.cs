using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Maintenance;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;
using Warehouse.Domain.Maintenance;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Maintenance;

/// The maintenance plans (维护计划): which items or classes are checked how often; managers add, reschedule and drop them.
[Authorize(Policy = Policies.ReadMaintenance)]
[Route("Maintenance/Plans/{action=Index}/{id?}")]
public sealed class MaintenancePlansController(MaintenancePlanPages pages, MaintenancePlanBook book, CurrentUser user,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await pages.IndexAsync(null, cancellationToken));

    [HttpPost, Authorize(Policy = Policies.ManageMaintenancePlans)]
    public async Task<IActionResult> Add(PlanForm form, CancellationToken cancellationToken)
    {
        var outcome = ModelState.IsValid
            ? await book.AddAsync(new PlanInput(form.ItemCode, form.Class, form.Kind, form.IntervalDays, form.RecordsHours),
                user.ToWorkflowActor())
            : FormError();
        if (outcome.Succeeded)
        {
            TempData["Notice"] = localizer["Maintenance plan saved."].Value;
            return RedirectToAction(nameof(Index));
        }
        Response.StatusCode = ApiProblems.StatusFor(outcome.Error!.Kind);
        return View(nameof(Index), await pages.IndexAsync(form, cancellationToken) with
            { Problem = ApiProblems.Localize(outcome.Error, localizer) });
    }

    [HttpPost, Authorize(Policy = Policies.ManageMaintenancePlans)]
    public async Task<IActionResult> Reschedule(int id, int intervalDays, bool recordsHours) =>
        Done(await book.RescheduleAsync(id, ModelState.IsValid ? intervalDays : 0, recordsHours, user.ToWorkflowActor()),
            "Maintenance plan saved.");

    [HttpPost, Authorize(Policy = Policies.ManageMaintenancePlans)]
    public async Task<IActionResult> Remove(int id) =>
        Done(await book.RemoveAsync(id, user.ToWorkflowActor()), "Maintenance plan removed.");

    /// The refusal for what the form binder could not read: a kind or class that is none of ours, or an interval out of range.
    private DomainError FormError() =>
        ModelState[nameof(PlanForm.Kind)]?.Errors.Count > 0 ? Errors.PlanKindInvalid()
        : ModelState[nameof(PlanForm.Class)]?.Errors.Count > 0 ? Errors.UnknownClass()
        : ModelState[nameof(PlanForm.ItemCode)]?.Errors.Count > 0 ? Errors.UnknownCode("")
        : Errors.MaintenanceIntervalInvalid();

    private IActionResult Done(Outcome<int> outcome, string notice)
    {
        if (outcome.Succeeded)
            TempData["Notice"] = localizer[notice].Value;
        else
            TempData["Problem"] = ApiProblems.Localize(outcome.Error!, localizer);
        return RedirectToAction(nameof(Index));
    }
}
