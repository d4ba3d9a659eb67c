using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;
using Warehouse.Web.Features.Api;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Reports.ReserveSummary;

/// The half-yearly reserve report (应急物资储备综合情况) for a period: a preset or any dates; printable.
[Authorize]
[Route("Reports/ReserveSummary")]
public sealed class ReserveSummaryController(ReserveSummaryQueries queries, BureauClock clock, IStringLocalizer<SharedResource> localizer)
    : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([DateFilter] DateOnly? from, [DateFilter] DateOnly? to, string? preset,
        CancellationToken cancellationToken)
    {
        var fallback = ReportPeriod.Preset(preset, clock.Today);
        var (period, error) = ModelState.IsValid ? ReportPeriod.Of(from ?? fallback.From, to ?? fallback.To) : (null, null);
        if (period is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new ReserveSummaryPage(from ?? fallback.From, to ?? fallback.To, null,
                error is null ? null : ApiProblems.Localize(error, localizer)));
        }
        var built = await queries.TryBuildAsync(period, cancellationToken);
        if (built.Error is not null)
            Busy();
        return View(new ReserveSummaryPage(period.From, period.To, built.Value,
            built.Error is null ? null : ApiProblems.Localize(built.Error, localizer)));
    }

    /// The report as an Excel workbook: a cover sheet, then one sheet per section.
    [HttpGet("Export")]
    public async Task<IActionResult> Export([DateFilter] DateOnly? from, [DateFilter] DateOnly? to, string? preset,
        [FromServices] ReserveSummaryWorkbook workbook, [FromServices] Data.Readiness.FillRates fillRates,
        CancellationToken cancellationToken)
    {
        var fallback = ReportPeriod.Preset(preset, clock.Today);
        var (period, error) = ModelState.IsValid ? ReportPeriod.Of(from ?? fallback.From, to ?? fallback.To) : (null, null);
        if (period is null)
            return BadRequest(error is null ? null : ApiProblems.Localize(error, localizer));
        var built = await queries.TryBuildAsync(period, cancellationToken);
        if (built.Value is not { } report)
        {
            Busy();
            return ApiProblems.From(built.Error!, localizer);
        }
        return File(workbook.Render(report, await fillRates.BuildAsync(cancellationToken)), Stock.Export.ExcelExport.ContentType,
            $"{localizer["Reserve summary"].Value}-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}.xlsx");
    }

    /// The totals are still being brought up to date: a 503 that says when to ask again.
    private void Busy()
    {
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        Response.Headers.RetryAfter = "60";
    }
}

/// The same figures as JSON, for scripts.
[Route("api/reports/reserve-summary")]
public sealed class ReserveSummaryApiController(ReserveSummaryQueries queries, IStringLocalizer<SharedResource> localizer)
    : WarehouseApiController(localizer)
{
    [HttpGet]
    public async Task<ActionResult> Get([DateFilter] DateOnly? from, [DateFilter] DateOnly? to, CancellationToken cancellationToken)
    {
        if (from is null || to is null)
            return ApiProblems.From(Errors.ReportPeriodRequired(), Localizer);
        var (period, error) = ReportPeriod.Of(from.Value, to.Value);
        if (period is null)
            return ApiProblems.From(error!, Localizer);
        var built = await queries.TryBuildAsync(period, cancellationToken);
        if (built.Value is { } report)
            return Ok(report);
        Response.Headers.RetryAfter = "60";
        return ApiProblems.From(built.Error!, Localizer);
    }
}
