using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Warehouse.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Warehouse.Web.Features.Stock;

namespace Warehouse.Web.Features.Home;

[Authorize]
public sealed class HomeController(StockQueries queries, Warehouse.Web.Features.Allocation.AllocationQueries allocations,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> localizer) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var belowQuota = await queries.SummaryAsync(new StockFilter { BelowQuota = true, Size = 10 }, cancellationToken);
        var nearExpiry = await queries.BalancesAsync(new StockFilter { NearExpiry = true, Size = 10 }, cancellationToken);
        var recent = await queries.LedgerAsync(new LedgerFilter { Size = 10 }, cancellationToken);
        var depots = await queries.DepotOptionsAsync(cancellationToken);
        var inTransit = await allocations.InTransitAsync(cancellationToken);
        return View(new DashboardModel(belowQuota, nearExpiry, recent, depots.Count, queries.NearExpiryDays, inTransit));
    }

    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    public IActionResult Error()
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        return Problem(ErrorStatus.Of(failure?.Error), failure?.Path);
    }

    /// The page (or API problem) for an error status. The status comes from the re-execution feature, not from
    /// binding: a request whose form cannot be read (too large) binds nothing at all.
    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    [Route("Home/Status/{code:int}")]
    public IActionResult Status(int code)
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        return Problem(original?.OriginalStatusCode ?? code, original?.OriginalPath);
    }

    private IActionResult Problem(int code, string? path)
    {
        Response.StatusCode = code;
        if (path?.StartsWith("/api", StringComparison.OrdinalIgnoreCase) != true)
            return code == StatusCodes.Status403Forbidden
                ? View("~/Features/Account/AccessDenied.cshtml")
                : View("Problem", new ProblemPage(code));
        return code switch
        {
            StatusCodes.Status500InternalServerError => ApiProblems.Result(code, "ServerError",
                "Something went wrong on our side; nothing was changed. The error has been logged."),
            StatusCodes.Status404NotFound => ApiProblems.Result(code, "NotFound", "No such API endpoint."),
            StatusCodes.Status403Forbidden => ApiProblems.Result(code, "Forbidden", localizer["Error.Forbidden"].Value),
            _ => ApiProblems.Result(code, "Status" + code, $"HTTP {code}."),
        };
    }
}

public sealed record DashboardModel(Paged<StockSummaryRow> BelowQuota, Paged<StockBalanceRow> NearExpiry, Paged<LedgerRow> Recent,
    int DepotCount, int NearExpiryDays, IReadOnlyList<Warehouse.Web.Features.Allocation.InTransitRow> InTransit);

/// A refusal page: its status, and the resource key of a message more precise than the status's own.
public sealed record ProblemPage(int StatusCode, string? Message = null);
