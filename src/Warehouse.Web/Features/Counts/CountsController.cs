using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Stock;
using Warehouse.Domain.Counting;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Counts;

/// The stocktaking pages: the list with accuracy and the planning form, a count's review, the handheld scan page and
/// the A4 count sheets.
[Authorize]
[Route("Counts")]
public sealed class CountsController(CountQueries queries, CountCommands commands, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.IndexAsync(cancellationToken));

    [HttpPost("Create")]
    [Authorize(Policy = Policies.PlanCounts)]
    public async Task<IActionResult> Create(CountPlanBody body, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            TempData["Problem"] = localizer["Check the count's scope."].Value;
            return RedirectToAction(nameof(Index));
        }
        var outcome = await commands.PlanAsync(body, cancellationToken);
        return outcome.Succeeded ? RedirectToAction(nameof(Details), new { id = outcome.Value!.Id }) : Refused(outcome, nameof(Index), null);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        await queries.PageAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpGet("{id:int}/Count")]
    [Authorize(Policy = Policies.CountStock)]
    public async Task<IActionResult> Count(int id, CancellationToken cancellationToken) =>
        await queries.PageAsync(id, cancellationToken) is { CanCount: true } page ? View(page) : NotFound();

    [HttpGet("{id:int}/Sheet")]
    public async Task<IActionResult> Sheet(int id, CancellationToken cancellationToken) =>
        await queries.SheetAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("{id:int}/Submit")]
    [Authorize(Policy = Policies.PlanCounts)]
    public async Task<IActionResult> Submit(int id) => Done(await commands.SubmitAsync(id), id);

    [HttpPost("{id:int}/Cancel")]
    [Authorize(Policy = Policies.PlanCounts)]
    public async Task<IActionResult> Cancel(int id) => Done(await commands.FireAsync(id, CountTrigger.Cancel), id);

    [HttpPost("{id:int}/Approve")]
    [Authorize(Policy = Policies.ApproveCounts)]
    public async Task<IActionResult> Approve(int id)
    {
        var outcome = await commands.ApproveAsync(id);
        return Done(outcome.Succeeded ? CountState.Approved : outcome.Error!, id);
    }

    private IActionResult Done(Outcome<CountState> outcome, int id)
    {
        if (!outcome.Succeeded)
            return Refused(outcome, nameof(Details), id);
        TempData["Notice"] = localizer["The count is now {0}.", localizer[$"CountState.{outcome.Value}"]].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    private IActionResult Refused<T>(Outcome<T> outcome, string action, int? id)
    {
        // Separation of duties is said in words: the manager may approve other counts, just not this one.
        if (ApiProblems.IsForbidden(outcome.Error) && outcome.Error!.Code != "CounterCannotApprove")
            return Forbid();
        TempData["Problem"] = ApiProblems.Localize(outcome.Error!, localizer);
        return RedirectToAction(action, id is null ? null : new { id });
    }
}
