using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Readiness;
using Warehouse.Domain.Common;
using Warehouse.Domain.Readiness;
using Warehouse.Web.Configuration;
using Warehouse.Web.Features.Api;
using Warehouse.Web.Features.Maintenance;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Readiness;

/// Readiness (配备率): how far every place is equipped to its standards, worst first; a place's gaps become a draft request.
[Authorize]
[Route("Readiness/{action=Index}/{id?}")]
public sealed class ReadinessController(BureauClock clock, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromServices] ReadinessPages pages, CancellationToken cancellationToken) =>
        View(await pages.BuildAsync(cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Export([FromServices] FillRates fillRates, [FromServices] ReadinessWorkbook workbook,
        CancellationToken cancellationToken) =>
        File(workbook.Render(await fillRates.BuildAsync(cancellationToken)), Stock.Export.ExcelExport.ContentType,
            $"{localizer["Readiness"].Value}-{clock.Today:yyyyMMdd}.xlsx");

    /// Drafts a request for what the place lacks and opens it for the department to complete and submit.
    [HttpPost, Authorize(Policy = Policies.RequestSupplies)]
    public async Task<IActionResult> Draft(int id, [FromServices] ReadinessRequests requests, CancellationToken cancellationToken)
    {
        var outcome = await requests.DraftAsync(id, cancellationToken);
        if (outcome.Succeeded)
            return RedirectToAction("Edit", "Requests", new { id = outcome.Value });
        TempData["Problem"] = ApiProblems.Localize(outcome.Error!, localizer);
        return RedirectToAction(nameof(Index));
    }
}

/// The readiness picture as JSON: the fill rate of every standard and place, and the ready units of every depot.
public sealed record ReadinessAnswer(IReadOnlyList<StandardReadiness> Standards, FillRate Overall, IReadOnlyList<DepotUnitReadiness> Depots);

/// The readiness picture as JSON, for the station key and signed-in users alike.
[Route("api/readiness")]
public sealed class ReadinessApiController(FillRates fillRates, MaintenancePages maintenance, IStringLocalizer<SharedResource> localizer)
    : WarehouseApiController(localizer)
{
    [HttpGet]
    public async Task<ActionResult<ReadinessAnswer>> Get(CancellationToken cancellationToken)
    {
        var report = await fillRates.BuildAsync(cancellationToken);
        return new ReadinessAnswer(report.Standards, report.Overall, await maintenance.ByDepotAsync(cancellationToken));
    }
}
