using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
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
public sealed class PicksApiController(Picking picking, CodeLookup lookup, CurrentUser user,
    IStringLocalizer<SharedResource> localizer) : ControllerBase
{
    [HttpPost("{id:int}/picks")]
    public async Task<IActionResult> Pick(int id, PickBody body, CancellationToken cancellationToken)
    {
        var info = await lookup.IdentifyAsync(body.Code ?? "", cancellationToken);
        if (info.Refusal() is { } refusal)
            return ApiProblems.From(refusal, localizer);
        if (info.Item is null)
            return ApiProblems.From(info.Kind == CodeKinds.Location ? Errors.CodeIsNotItem(info.Code) : Errors.UnknownCode(info.Code), localizer);
        var locationId = string.IsNullOrWhiteSpace(body.Location) ? null : await lookup.LocationIdAsync(body.Location, cancellationToken);
        var outcome = await picking.PickAsync(id, new ScannedGoods(info.Item.Id, info.Batch?.Id, info.Unit?.Id), body.Quantity,
            locationId, body.FefoOverride, body.ClientId ?? "", user.ToWorkflowActor());
        return outcome.Succeeded ? Ok(outcome.Value) : ApiProblems.From(outcome.Error!, localizer);
    }
}
