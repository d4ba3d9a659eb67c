using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Data.Identity;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;
using Warehouse.Domain.Constants;

namespace Warehouse.Web.Features.Allocation.Requests;

public sealed class RequestForm
{
    public int? Id { get; set; }
    public int Version { get; set; }

    [Required(ErrorMessage = "Enter the incident or event."), MaxLength(100), Display(Name = "Incident or event")]
    public string Incident { get; set; } = "";

    [Display(Name = "Emergency level")]
    public EmergencyLevel Level { get; set; } = EmergencyLevel.Routine;

    [Required(ErrorMessage = "Enter when the supplies are needed."), DateFilter, Display(Name = "Needed by")]
    public DateTime? NeededBy { get; set; }

    [Display(Name = "Destination")]
    public DestinationKind DestinationKind { get; set; } = DestinationKind.Township;

    [Display(Name = "Destination depot")]
    public int? DestinationDepotId { get; set; }

    [MaxLength(200), Display(Name = "Township or address")]
    public string? DestinationName { get; set; }

    [Range(-90, 90, ErrorMessage = "Latitude must be between -90 and 90."), Display(Name = "Latitude")]
    public double? Latitude { get; set; }

    [Range(-180, 180, ErrorMessage = "Longitude must be between -180 and 180."), Display(Name = "Longitude")]
    public double? Longitude { get; set; }

    [Required(ErrorMessage = "Enter a contact."), MaxLength(50), Display(Name = "Contact")]
    public string ContactName { get; set; } = "";

    [Required(ErrorMessage = "Enter a phone number."), MaxLength(30), Display(Name = "Phone")]
    public string ContactPhone { get; set; } = "";

    [MaxLength(500), Display(Name = "Note")]
    public string? Note { get; set; }

    public List<RequestLineForm> Lines { get; set; } = [];
}

public sealed class RequestLineForm
{
    [MaxLength(40)]
    public string? ItemCode { get; set; }

    public int? Quantity { get; set; }
}

/// The request's page; the actor decides which buttons show (a manager's approve and re-issue, a keeper's pick links).
public sealed record RequestPage(AllocationRequest Request, IReadOnlyList<TimelineLeg> Timeline, IReadOnlyList<RequestTrigger> Permitted,
    IReadOnlyList<(int Id, string Name)> ReleaseDepots, TimeSpan Target, WorkflowActor Actor)
{
    public bool KeepsASource => Request.Dispatches.Any(d => Actor.KeepsDepot(d.SourceDepotId));
}

public sealed class ApprovalForm
{
    public int Version { get; set; }
    public List<ApprovalLineForm> Lines { get; set; } = [];
}

public sealed class ApprovalLineForm
{
    public int ItemId { get; set; }
    public int Approved { get; set; }
    public List<ApprovalSourceForm> Sources { get; set; } = [];
}

public sealed class ApprovalSourceForm
{
    public int DepotId { get; set; }
    public int Quantity { get; set; }
}

public sealed record ApprovalPage(AllocationRequest Request, IReadOnlyList<SourceProposal> Proposals, string? Problem);

[Authorize]
[Route("Requests/{action=Index}/{id?}")]
public sealed class RequestsController(
    Drafting drafting,
    RequestTriggers triggers,
    SourceProposals proposals,
    Approval approval,
    EmergencyRelease emergencyRelease,
    CodeReissue codeReissue,
    AllocationQueries queries,
    WarehouseDbContext db,
    CurrentUser user,
    BureauClock clock,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    public async Task<IActionResult> Index(RequestState? state, string? search, CancellationToken cancellationToken)
    {
        ViewData["State"] = state;
        ViewData["Search"] = search;
        return View(await queries.ListAsync(state, search, false, cancellationToken));
    }

    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var request = await queries.DetailsAsync(id, cancellationToken);
        if (request is null)
            return NotFound();
        var actor = user.ToWorkflowActor();
        var permitted = new AllocationWorkflow(request, actor, clock.UtcNow).Permitted;
        var depots = await db.Depots.AsNoTracking().Where(d => user.Depots.Contains(d.Id) || user.IsInRole(Roles.Administrator))
            .OrderBy(d => d.Code).Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken);
        return View(new RequestPage(request, AllocationQueries.Timeline(request), permitted,
            depots.Select(d => (d.Id, d.Name)).ToList(), queries.Target, actor));
    }

    [Authorize(Policy = Policies.RequestSupplies)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        return View("Edit", new RequestForm
        {
            NeededBy = clock.LocalNow.AddHours(2).AddSeconds(-clock.LocalNow.Second),
            ContactName = user.DisplayName,
            Lines = [new RequestLineForm(), new RequestLineForm(), new RequestLineForm()],
        });
    }

    [HttpPost, Authorize(Policy = Policies.RequestSupplies)]
    public async Task<IActionResult> Create(RequestForm form, CancellationToken cancellationToken) => await SaveAsync(form, cancellationToken);

    [Authorize(Policy = Policies.RequestSupplies)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var request = await queries.DetailsAsync(id, cancellationToken);
        if (request is null)
            return NotFound();
        await LoadChoicesAsync(cancellationToken);
        return View(new RequestForm
        {
            Id = request.Id, Version = request.Version, Incident = request.Incident, Level = request.Level,
            NeededBy = clock.ToLocal(request.NeededBy), DestinationKind = request.DestinationKind, DestinationDepotId = request.DestinationDepotId,
            DestinationName = request.DestinationKind == DestinationKind.Depot ? null : request.DestinationName,
            Latitude = request.DestinationLatitude, Longitude = request.DestinationLongitude, ContactName = request.ContactName,
            ContactPhone = request.ContactPhone, Note = request.Note,
            Lines = request.Lines.Select(l => new RequestLineForm { ItemCode = l.Item!.Code, Quantity = l.Requested })
                .Append(new RequestLineForm()).ToList(),
        });
    }

    [HttpPost, Authorize(Policy = Policies.RequestSupplies)]
    public async Task<IActionResult> Edit(int id, RequestForm form, CancellationToken cancellationToken)
    {
        form.Id = id;
        return await SaveAsync(form, cancellationToken);
    }

    /// Departments submit and cancel, managers also reject, ratify and close; the workflow refuses the rest (403).
    [HttpPost, Authorize(Policy = Policies.RequestSupplies)]
    public async Task<IActionResult> Fire(int id, int version, RequestTrigger trigger, string? reason)
    {
        var outcome = await triggers.FireAsync(id, version, trigger, reason, user.ToWorkflowActor());
        if (ApiProblems.IsForbidden(outcome.Error))
            return Forbid();
        Tell(outcome.Error, localizer[$"Trigger.{trigger}"] + " ✓");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost, Authorize(Policy = Policies.HandleDispatches)]
    public async Task<IActionResult> Release(int id, int version, int depotId)
    {
        var outcome = await emergencyRelease.ReleaseAsync(id, version, depotId, user.ToWorkflowActor());
        if (ApiProblems.IsForbidden(outcome.Error))
            return Forbid();
        Tell(outcome.Error, localizer["Trigger.EmergencyRelease"] + " ✓");
        return outcome.Succeeded ? Redirect($"/Dispatches/Pick/{outcome.Value}") : RedirectToAction(nameof(Details), new { id });
    }

    /// A lost slip: the manager gets new codes for one dispatch of this request, shown once on a printable slip.
    [HttpPost, Authorize(Policy = Policies.DecideRequests)]
    public async Task<IActionResult> Reissue(int id, int dispatchId, CancellationToken cancellationToken)
    {
        var outcome = await codeReissue.ReissueCodesAsync(dispatchId, user.ToWorkflowActor());
        if (ApiProblems.IsForbidden(outcome.Error))
            return Forbid();
        var request = await queries.DetailsAsync(id, cancellationToken);
        if (!outcome.Succeeded || request?.Dispatches.FirstOrDefault(d => d.Id == dispatchId) is not { } dispatch)
        {
            Tell(outcome.Error ?? Errors.UnknownCode($"#{dispatchId}"), "");
            return RedirectToAction(nameof(Details), new { id });
        }
        return View("~/Features/Allocation/Dispatches/Slip.cshtml", Dispatches.SlipPage.Of(request, dispatch, outcome.Value!, reissued: true));
    }

    [Authorize(Policy = Policies.DecideRequests)]
    public async Task<IActionResult> Approve(int id, CancellationToken cancellationToken)
    {
        var request = await queries.DetailsAsync(id, cancellationToken);
        if (request is null)
            return NotFound();
        return View(new ApprovalPage(request, await proposals.ProposeAsync(id), null));
    }

    [HttpPost, Authorize(Policy = Policies.DecideRequests)]
    public async Task<IActionResult> Approve(int id, ApprovalForm form, CancellationToken cancellationToken)
    {
        var decisions = form.Lines.Select(l => new LineDecision(l.ItemId, l.Approved,
            l.Sources.Where(s => s.Quantity != 0).Select(s => (s.DepotId, s.Quantity)).ToList())).ToList();
        var outcome = await approval.ApproveAsync(id, form.Version, decisions, user.ToWorkflowActor());
        if (ApiProblems.IsForbidden(outcome.Error))
            return Forbid();
        if (outcome.Succeeded)
        {
            TempData["Notice"] = localizer["Trigger.Approve"] + " ✓";
            return RedirectToAction(nameof(Details), new { id });
        }
        var request = await queries.DetailsAsync(id, cancellationToken);
        return request is null ? NotFound() : View(new ApprovalPage(request, await proposals.ProposeAsync(id), ApiProblems.Localize(outcome.Error!, localizer)));
    }

    [Route("/Workflow")]
    public IActionResult Workflow()
    {
        ViewData["CountWorkflow"] = Domain.Counting.CountWorkflow.Mermaid();
        return View("Workflow", (object)AllocationWorkflow.Mermaid());
    }

    private async Task<IActionResult> SaveAsync(RequestForm form, CancellationToken cancellationToken)
    {
        var lines = new List<(int, int)>();
        foreach (var line in form.Lines.Where(l => !string.IsNullOrWhiteSpace(l.ItemCode) || l.Quantity is not null))
        {
            var code = Hardware.Scanning.OwnCodes.KeyOf(Hardware.Scanning.OwnCodeKind.Item, line.ItemCode ?? "");
            var itemId = await db.Items.Where(i => i.Code == code).Select(i => (int?)i.Id).SingleOrDefaultAsync(cancellationToken);
            if (itemId is null)
                ModelState.AddModelError("", localizer["Error.UnknownCode", line.ItemCode ?? ""]);
            else if (line.Quantity is not { } quantity)
                ModelState.AddModelError("", localizer["Error.QuantityNotPositive", 0]);
            else
                lines.Add((itemId.Value, quantity));
        }
        if (ModelState.IsValid)
        {
            var neededBy = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(form.NeededBy!.Value, DateTimeKind.Unspecified), clock.Zone);
            var input = new DraftInput(form.Incident, form.Level, neededBy, form.DestinationKind, form.DestinationDepotId, form.DestinationName,
                form.Latitude, form.Longitude, form.ContactName, form.ContactPhone, form.Note, lines);
            var outcome = await drafting.SaveDraftAsync(form.Id, form.Id is null ? null : form.Version, input, user.ToWorkflowActor(), user.DepartmentId);
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
        ViewData["Depots"] = await db.Depots.AsNoTracking().OrderBy(d => d.Kind).ThenBy(d => d.Code)
            .Select(d => new Stock.DepotOption(d.Id, d.Code, d.Name)).ToListAsync(cancellationToken);

    private void Tell(DomainError? error, string success)
    {
        if (error is null)
            TempData["Notice"] = success;
        else
            TempData["Problem"] = ApiProblems.Localize(error, localizer);
    }
}
