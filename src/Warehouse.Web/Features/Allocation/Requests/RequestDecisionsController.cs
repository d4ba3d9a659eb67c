using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Allocation.Requests;

/// What is decided on a request's page: the workflow's triggers, the approval, an emergency release and a re-issued
/// delivery code. Same addresses as the request's other pages (/Requests/{action}/{id}).
[Authorize]
[Route("Requests/[action]/{id?}")]
public sealed class RequestDecisionsController(
    RequestTriggers triggers,
    Approval approval,
    StepApproval stepApproval,
    EmergencyRelease emergencyRelease,
    CodeReissue codeReissue,
    RequestPages pages,
    AllocationQueries queries,
    CurrentUser user,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string Requests = "Requests";

    /// Departments submit and cancel, managers also reject, ratify and close (with the reason for a late delivery);
    /// the workflow refuses the rest (403).
    [HttpPost, Authorize(Policy = Policies.RequestSupplies)]
    public async Task<IActionResult> Fire(int id, int version, RequestTrigger trigger, string? reason, BreachReason? breachReason,
        string? breachNote)
    {
        var outcome = await triggers.FireAsync(id, version, trigger, reason, user.ToWorkflowActor(),
            new BreachAccount(breachReason, breachNote));
        if (ApiProblems.IsForbidden(outcome.Error))
            return Forbid();
        Tell(outcome.Error, localizer[$"Trigger.{trigger}"] + " ✓");
        return RedirectToAction("Details", Requests, new { id });
    }

    /// An approval step before the last, approved by its authority or their deputy; a step that is not theirs is a 403.
    [HttpPost, Authorize(Policy = Policies.DecideRequests)]
    public async Task<IActionResult> ApproveStep(int id, int version, string? comment)
    {
        var outcome = await stepApproval.ApproveStepAsync(id, version, comment, user.ToWorkflowActor());
        if (ApiProblems.IsForbidden(outcome.Error))
            return Forbid();
        Tell(outcome.Error, localizer["Trigger.ApproveStep"] + " ✓");
        return RedirectToAction("Details", Requests, new { id });
    }

    [HttpPost, Authorize(Policy = Policies.HandleDispatches)]
    public async Task<IActionResult> Release(int id, int version, int depotId)
    {
        var outcome = await emergencyRelease.ReleaseAsync(id, version, depotId, user.ToWorkflowActor());
        if (ApiProblems.IsForbidden(outcome.Error))
            return Forbid();
        Tell(outcome.Error, localizer["Trigger.EmergencyRelease"] + " ✓");
        return outcome.Succeeded
            ? RedirectToAction("Pick", "Dispatches", new { id = outcome.Value })
            : RedirectToAction("Details", Requests, new { id });
    }

    /// A lost slip: the manager gets new codes for one dispatch of this request, shown once on a printable slip.
    /// A dispatch of another request is refused before anything changes: its codes stay as they are.
    [HttpPost, Authorize(Policy = Policies.DecideRequests)]
    public async Task<IActionResult> Reissue(int id, int dispatchId, CancellationToken cancellationToken)
    {
        var request = await queries.DetailsAsync(id, cancellationToken);
        if (request?.Dispatches.FirstOrDefault(d => d.Id == dispatchId) is not { } dispatch)
        {
            Tell(Errors.UnknownCode($"#{dispatchId}"), "");
            return RedirectToAction("Details", Requests, new { id });
        }
        var outcome = await codeReissue.ReissueCodesAsync(dispatchId, user.ToWorkflowActor());
        if (ApiProblems.IsForbidden(outcome.Error))
            return Forbid();
        if (!outcome.Succeeded)
        {
            Tell(outcome.Error, "");
            return RedirectToAction("Details", Requests, new { id });
        }
        return View("~/Features/Allocation/Dispatches/Slip.cshtml",
            Dispatches.SlipPage.Of(request, dispatch, outcome.Value!, reissued: true));
    }

    /// A manager lets a unit that is not ready go out on a dispatch still being picked, scanned or typed by its label.
    [HttpPost, Authorize(Policy = Policies.WaiveReadiness)]
    public async Task<IActionResult> Waive(int id, int dispatchId, string? unit, string? reason,
        [FromServices] Api.CodeLookup lookup, [FromServices] ReadinessWaivers waivers, CancellationToken cancellationToken)
    {
        var request = await queries.DetailsAsync(id, cancellationToken);
        var info = await lookup.IdentifyAsync(unit ?? "", cancellationToken);
        var outcome = request?.Dispatches.Any(d => d.Id == dispatchId) != true ? Errors.UnknownCode($"#{dispatchId}")
            : info.Unit is { } found ? await waivers.GrantAsync(dispatchId, found.Id, reason, user.ToWorkflowActor())
            : Errors.CodeIsNotAUnit(info.Code);
        Tell(outcome.Error, localizer["{0} may go out on this dispatch although it is not ready.", info.Unit?.AssetNumber ?? ""]);
        return RedirectToAction("Details", Requests, new { id });
    }

    [Authorize(Policy = Policies.DecideRequests)]
    public async Task<IActionResult> Approve(int id, CancellationToken cancellationToken) =>
        await pages.ApprovalAsync(id, null, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost, Authorize(Policy = Policies.DecideRequests)]
    public async Task<IActionResult> Approve(int id, ApprovalForm form, CancellationToken cancellationToken)
    {
        var decisions = form.Lines.Select(l => new LineDecision(l.ItemId, l.Approved,
            l.Sources.Where(s => s.Quantity != 0).Select(s => (s.DepotId, s.Quantity)).ToList(),
            l.CallUps.Where(c => c.Quantity != 0).Select(c => (c.AgreementId, c.Quantity)).ToList())).ToList();
        var outcome = await approval.ApproveAsync(id, form.Version, decisions, user.ToWorkflowActor(), form.Comment);
        if (ApiProblems.IsForbidden(outcome.Error))
            return Forbid();
        if (outcome.Succeeded)
        {
            TempData["Notice"] = localizer["Trigger.Approve"] + " ✓";
            return RedirectToAction("Details", Requests, new { id });
        }
        var problem = ApiProblems.Localize(outcome.Error!, localizer);
        return await pages.ApprovalAsync(id, problem, cancellationToken) is { } page ? View(page) : NotFound();
    }

    private void Tell(DomainError? error, string success)
    {
        if (error is null)
            TempData["Notice"] = success;
        else
            TempData["Problem"] = ApiProblems.Localize(error, localizer);
    }
}
