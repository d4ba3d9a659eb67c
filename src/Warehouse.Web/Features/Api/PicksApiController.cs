using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Api;

/// One scan at the picking desk: the code read, how many, from which location, and the client id that makes a retry safe.
public sealed class PickBody
{
    [Required, MaxLength(512)]
    public string? Code { get; set; }

    public int Quantity { get; set; } = 1;

    [MaxLength(40)]
    public string? Location { get; set; }

    [MaxLength(200)]
    public string? FefoOverride { get; set; }

    [Required, MaxLength(64)]
    public string? ClientId { get; set; }
}


/// Scans at the picking desk, answered at once; cookie callers send the page's antiforgery token.
[ApiController]
[Route("api/dispatches")]
[Authorize(AuthenticationSchemes = ApiAuthentication.Scheme, Policy = Policies.HandleDispatches)]
[ApiAntiforgery]
[IgnoreAntiforgeryToken]
public sealed class PicksApiController(PickScans picks, IStringLocalizer<SharedResource> localizer) : ControllerBase
{
    [HttpPost("{id:int}/picks")]
    public async Task<IActionResult> Pick(int id, PickBody body,
        [FromHeader(Name = PostingsController.OfflineQueuedHeader)] DateTimeOffset? queuedAt, CancellationToken cancellationToken)
    {
        var outcome = await picks.PickAsync(id, body, queuedAt, cancellationToken);
        return outcome.Succeeded ? Ok(outcome.Value) : ApiProblems.From(outcome.Error!, localizer);
    }
}
