using Warehouse.Web.Configuration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Stock;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Stock;
using Warehouse.Web.Features.Stock;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Api;

/// The JSON API for handheld terminals and stations. Cookie callers must send the antiforgery token;
/// station-key callers need not (no browser holds their credential).
[ApiController]
[Authorize(AuthenticationSchemes = ApiAuthentication.Scheme)]
[ApiAntiforgery]
[IgnoreAntiforgeryToken]
public abstract class WarehouseApiController(IStringLocalizer<SharedResource> localizer) : ControllerBase
{
    protected IStringLocalizer Localizer => localizer;

    protected ActionResult Posted(Outcome<PostedDocument> outcome)
    {
        if (!outcome.Succeeded)
            return ApiProblems.From(outcome.Error!, localizer);
        if (outcome.Value!.Replayed)
            Response.Headers["Idempotent-Replayed"] = "true";
        return StatusCode(StatusCodes.Status201Created, outcome.Value);
    }
}

[Route("api/codes")]
public sealed class CodesController(CodeLookup lookup, IStringLocalizer<SharedResource> localizer) : WarehouseApiController(localizer)
{
    [HttpGet("{*code}")]
    public async Task<ActionResult<CodeInfo>> Get(string code, CancellationToken cancellationToken)
    {
        var info = await lookup.ResolveAsync(code ?? "", cancellationToken);
        if (info.Refusal() is { } refusal)
            return ApiProblems.From(refusal, Localizer);
        if (info.Kind != CodeKinds.Unknown)
            return info;
        var detail = info.Message is null
            ? Localizer["Error.UnknownCode", info.Code].Value
            : $"{Localizer["Error.UnknownCode", info.Code].Value} {info.Message}";
        return ApiProblems.Result(StatusCodes.Status404NotFound, "UnknownCode", detail);
    }
}

[Route("api")]
[Authorize(AuthenticationSchemes = ApiAuthentication.Scheme, Policy = Policies.PostStock)]
public sealed class PostingsController(PostingApiService postings, IStringLocalizer<SharedResource> localizer)
    : WarehouseApiController(localizer)
{
    /// The header a handheld sends with a posting it queued while offline: when it was queued (ISO 8601). A refusal of
    /// such a posting is kept for the depot's keepers as well as answered.
    public const string OfflineQueuedHeader = "Offline-Queued-At";

    [HttpPost("receipts")]
    public async Task<ActionResult> Receive(PostingBody body, [FromHeader(Name = OfflineQueuedHeader)] DateTimeOffset? queuedAt,
        CancellationToken cancellationToken) =>
        Posted(await postings.PostAsync(DocumentKind.Receipt, body, cancellationToken, queuedAt));

    [HttpPost("issues")]
    public async Task<ActionResult> Issue(PostingBody body, [FromHeader(Name = OfflineQueuedHeader)] DateTimeOffset? queuedAt,
        CancellationToken cancellationToken) =>
        Posted(await postings.PostAsync(DocumentKind.Issue, body, cancellationToken, queuedAt));
}

[Route("api/stock")]
public sealed class StockApiController(StockQueries queries, IStringLocalizer<SharedResource> localizer) : WarehouseApiController(localizer)
{
    [HttpGet]
    public async Task<ActionResult> Get(string? depot, string? item, SupplyClass? @class, CancellationToken cancellationToken)
    {
        var filter = new StockFilter { Depot = depot, Item = item, Class = @class, Size = StockFilter.MaxPageSize };
        var page = await queries.BalancesAsync(filter, cancellationToken);
        return Ok(new { page.Total, Rows = page.Rows });
    }
}
