using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;
using Warehouse.Web.Configuration;
using Warehouse.Web.Features.Api;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Counts;

/// Counts for handhelds and scripts: plan, scan, submit, read (blind until review), approve.
[Route("api/counts")]
public sealed class CountsApiController(CountCommands commands, CountQueries queries, IStringLocalizer<SharedResource> localizer)
    : WarehouseApiController(localizer)
{
    [HttpPost]
    [Authorize(AuthenticationSchemes = ApiAuthentication.Scheme, Policy = Policies.PlanCounts)]
    public async Task<ActionResult> Plan(CountPlanBody body, CancellationToken cancellationToken)
    {
        var outcome = await commands.PlanAsync(body, cancellationToken);
        return outcome.Succeeded ? await ReadAsync(outcome.Value!.Id, StatusCodes.Status201Created, cancellationToken) : Problem(outcome);
    }

    [HttpPost("{id:int}/lines")]
    [Authorize(AuthenticationSchemes = ApiAuthentication.Scheme, Policy = Policies.CountStock)]
    public async Task<ActionResult> Line(int id, CountLineBody body, CancellationToken cancellationToken)
    {
        var outcome = await commands.RecordAsync(id, body, cancellationToken);
        if (!outcome.Succeeded)
            return Problem(outcome);
        if (outcome.Value!.Replayed)
            Response.Headers["Idempotent-Replayed"] = "true";
        return StatusCode(outcome.Value.Replayed ? StatusCodes.Status200OK : StatusCodes.Status201Created, outcome.Value);
    }

    [HttpPost("{id:int}/submit")]
    [Authorize(AuthenticationSchemes = ApiAuthentication.Scheme, Policy = Policies.PlanCounts)]
    public async Task<ActionResult> Submit(int id, CancellationToken cancellationToken)
    {
        var outcome = await commands.SubmitAsync(id);
        return outcome.Succeeded ? await ReadAsync(id, StatusCodes.Status200OK, cancellationToken) : Problem(outcome);
    }

    [HttpGet("{id:int}")]
    public Task<ActionResult> Get(int id, CancellationToken cancellationToken) => ReadAsync(id, StatusCodes.Status200OK, cancellationToken);

    [HttpPost("{id:int}/approve")]
    [Authorize(AuthenticationSchemes = ApiAuthentication.Scheme, Policy = Policies.ApproveCounts)]
    public async Task<ActionResult> Approve(int id)
    {
        var outcome = await commands.ApproveAsync(id);
        return outcome.Succeeded ? Ok(outcome.Value) : Problem(outcome);
    }

    private async Task<ActionResult> ReadAsync(int id, int status, CancellationToken cancellationToken)
    {
        var page = await queries.PageAsync(id, cancellationToken);
        if (page is null)
            return ApiProblems.From(Errors.UnknownCount(id), Localizer);
        return StatusCode(status, new { page.Count, page.ShowsExpected, page.Locations, page.Lines, page.Permitted });
    }

    private ActionResult Problem<T>(Outcome<T> outcome) => ApiProblems.From(outcome.Error!, Localizer);
}
