using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Domain.Allocation;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Allocation.Requests;

/// The request list, a request's page, and the department's draft form; the decisions on a request are in
/// <see cref="RequestDecisionsController"/>.
[Authorize]
[Route("Requests/{action=Index}/{id?}")]
public sealed class RequestsController(
    Drafting drafting,
    RequestPages pages,
    AllocationQueries queries,
    CurrentUser user,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    public async Task<IActionResult> Index(RequestState? state, string? search, CancellationToken cancellationToken)
    {
        ViewData["State"] = state;
        ViewData["Search"] = search;
        return View(await queries.ListAsync(state, search, false, cancellationToken));
    }

    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        await pages.DetailsAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [Authorize(Policy = Policies.RequestSupplies)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        return View("Edit", pages.NewForm());
    }

    [HttpPost, Authorize(Policy = Policies.RequestSupplies)]
    public async Task<IActionResult> Create(RequestForm form, CancellationToken cancellationToken) => await SaveAsync(form, cancellationToken);

    [Authorize(Policy = Policies.RequestSupplies)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var form = await pages.EditFormAsync(id, cancellationToken);
        if (form is null)
            return NotFound();
        await LoadChoicesAsync(cancellationToken);
        return View(form);
    }

    [HttpPost, Authorize(Policy = Policies.RequestSupplies)]
    public async Task<IActionResult> Edit(int id, RequestForm form, CancellationToken cancellationToken)
    {
        form.Id = id;
        return await SaveAsync(form, cancellationToken);
    }

    [Route("/Workflow")]
    public IActionResult Workflow()
    {
        ViewData["CountWorkflow"] = WorkflowGraph.CountMermaid(localizer);
        return View("Workflow", (object)WorkflowGraph.Mermaid(localizer));
    }

    private async Task<IActionResult> SaveAsync(RequestForm form, CancellationToken cancellationToken)
    {
        var (lines, errors) = await pages.LinesAsync(form, cancellationToken);
        foreach (var error in errors)
            ModelState.AddModelError("", ApiProblems.Localize(error, localizer));
        if (ModelState.IsValid)
        {
            var input = new DraftInput(form.Incident, form.Level, pages.NeededByUtc(form), form.DestinationKind, form.DestinationDepotId,
                form.DestinationName, form.Latitude, form.Longitude, form.ContactName, form.ContactPhone, form.Note, lines);
            var outcome = await drafting.SaveDraftAsync(form.Id, form.Id is null ? null : form.Version, input, user.ToWorkflowActor(),
                user.DepartmentId);
            if (ApiProblems.IsForbidden(outcome.Error))
                return Forbid();
            if (outcome.Succeeded)
            {
                TempData["Notice"] = localizer["Saved {0}.", localizer["draft"]].Value;
                return RedirectToAction(nameof(Details), new { id = outcome.Value });
            }
            ModelState.AddModelError("", ApiProblems.Localize(outcome.Error!, localizer));
        }
        await LoadChoicesAsync(cancellationToken);
        while (form.Lines.Count < 3)
            form.Lines.Add(new RequestLineForm());
        return View("Edit", form);
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        ViewData["Depots"] = await pages.DestinationDepotsAsync(cancellationToken);
}
