using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Maintenance;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Maintenance;

/// Maintenance (设备维护): due and overdue units per depot, a check recorded by scanning the unit's label, repair jobs closed.
[Authorize(Policy = Policies.ReadMaintenance)]
[Route("Maintenance/{action=Index}/{id?}")]
public sealed class MaintenanceController(MaintenancePages pages, CurrentUser user, IStringLocalizer<SharedResource> localizer)
    : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await pages.IndexAsync(cancellationToken));

    /// The check form of the unit whose label was scanned.
    [HttpGet, Authorize(Policy = Policies.MaintainEquipment)]
    public async Task<IActionResult> Check(string? code, CancellationToken cancellationToken)
    {
        var page = await pages.CheckAsync(code, null, cancellationToken);
        if (page.Succeeded)
            return View(page.Value);
        TempData["Problem"] = ApiProblems.Localize(page.Error!, localizer);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost, Authorize(Policy = Policies.MaintainEquipment)]
    public async Task<IActionResult> Check(CheckForm form, [FromServices] MaintenanceChecks checks, CancellationToken cancellationToken)
    {
        var outcome = await checks.RecordAsync(new CheckInput(form.UnitId, form.PlanId, form.Passed, form.HoursRun, form.Notes),
            user.ToWorkflowActor());
        if (outcome.Succeeded)
        {
            TempData["Notice"] = outcome.Value is { } job
                ? localizer["Check recorded for {0}; repair job #{1} opened.", form.Code, job].Value
                : localizer["Check recorded for {0}.", form.Code].Value;
            return RedirectToAction(nameof(Index));
        }
        var page = await pages.CheckAsync(form.Code, form, cancellationToken);
        if (!page.Succeeded)
            return RedirectToAction(nameof(Index));
        Response.StatusCode = ApiProblems.StatusFor(outcome.Error!.Kind);
        return View(page.Value! with { Problem = ApiProblems.Localize(outcome.Error, localizer) });
    }

    [HttpGet, Authorize(Policy = Policies.MaintainEquipment)]
    public async Task<IActionResult> Repair(int id, CancellationToken cancellationToken) =>
        await pages.RepairAsync(id, null, cancellationToken) is { } page ? View(page) : NotFound();

    /// Closes the repair with what was done; the unit is ready again.
    [HttpPost, Authorize(Policy = Policies.MaintainEquipment)]
    public async Task<IActionResult> Repair(int id, RepairForm form, [FromServices] RepairJobs repairs, CancellationToken cancellationToken)
    {
        var outcome = await repairs.CloseAsync(id, form.WorkDone, form.PartsNoteNumber, user.ToWorkflowActor());
        if (outcome.Succeeded)
        {
            TempData["Notice"] = localizer["Repair job #{0} closed; the unit is ready.", id].Value;
            return RedirectToAction(nameof(Index));
        }
        if (await pages.RepairAsync(id, form, cancellationToken) is not { } page)
            return NotFound();
        Response.StatusCode = ApiProblems.StatusFor(outcome.Error!.Kind);
        return View(page with { Problem = ApiProblems.Localize(outcome.Error, localizer) });
    }
}

/// The due list as JSON: the same units, order and depot limits as the page.
[Route("api/maintenance")]
[Authorize(Policy = Policies.ReadMaintenance)]
public sealed class MaintenanceApiController(MaintenancePages pages, IStringLocalizer<SharedResource> localizer)
    : Api.WarehouseApiController(localizer)
{
    /// The units due or overdue, of one depot when <paramref name="depot"/> names its code.
    [HttpGet("due")]
    public async Task<ActionResult<IReadOnlyList<UnitDue>>> Due(string? depot, CancellationToken cancellationToken)
    {
        var due = await pages.DueAtAsync(depot, cancellationToken);
        return due.Succeeded ? Ok(due.Value) : ApiProblems.From(due.Error!, Localizer);
    }
}
