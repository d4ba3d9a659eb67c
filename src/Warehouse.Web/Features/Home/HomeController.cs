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
        var path = HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        return path?.StartsWith("/api", StringComparison.OrdinalIgnoreCase) == true
            ? ApiProblems.Result(StatusCodes.Status500InternalServerError, "ServerError",
                "Something went wrong on our side; nothing was changed. The error has been logged.")
            : View("Problem", new ProblemPage(500));
    }

    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    [Route("Home/Status/{code:int}")]
    public IActionResult Status(int code)
    {
        var path = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        if (path?.StartsWith("/api", StringComparison.OrdinalIgnoreCase) == true)
            return code switch
            {
                404 => ApiProblems.Result(code, "NotFound", "No such API endpoint."),
                403 => ApiProblems.Result(code, "Forbidden", localizer["Error.Forbidden"].Value),
                _ => ApiProblems.Result(code, "Status" + code, $"HTTP {code}."),
            };
        return code == StatusCodes.Status403Forbidden
            ? View("~/Features/Account/AccessDenied.cshtml")
            : View("Problem", new ProblemPage(code));
    }
}

public sealed record DashboardModel(Paged<StockSummaryRow> BelowQuota, Paged<StockBalanceRow> NearExpiry, Paged<LedgerRow> Recent,
    int DepotCount, int NearExpiryDays, IReadOnlyList<Warehouse.Web.Features.Allocation.InTransitRow> InTransit);

public sealed record ProblemPage(int StatusCode);
