using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Closing;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Reports.Periods;

/// Closed periods: the list with the closing form, a period's frozen report with its ledger check and the auditor's
/// sign-off, and the auditor pack. Closing and signing off are the auditor's own work, so their account may post here.
[Authorize(Policy = Policies.ReadAudit)]
[Route("Reports/Periods")]
public sealed class PeriodsController(PeriodQueries queries, PeriodCommands commands, IStringLocalizer<SharedResource> localizer)
    : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.IndexAsync(cancellationToken));

    [HttpPost("Close")]
    [Authorize(Policy = Policies.ClosePeriods)]
    [AuditorWork]
    public async Task<IActionResult> Close(ClosePeriodBody body, CancellationToken cancellationToken)
    {
        var outcome = ModelState.IsValid ? await commands.CloseAsync(body, cancellationToken) : default;
        if (outcome.Succeeded && outcome.Value is { } id)
            return RedirectToAction(nameof(Details), new { id });
        TempData["Problem"] = outcome.Error is { } error ? ApiProblems.Localize(error, localizer)
            : localizer["Give the period's first and last day."].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        await queries.PageAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("{id:int}/SignOff")]
    [Authorize(Policy = Policies.SignOffPeriods)]
    [AuditorWork]
    public async Task<IActionResult> SignOff(int id, SignOffBody body, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            TempData["Problem"] = localizer["Error.SignOffCommentTooLong", ClosedPeriod.MaxCommentLength].Value;
        else if ((await commands.SignOffAsync(id, body.Comment, cancellationToken)).Error is { } error)
            TempData["Problem"] = ApiProblems.Localize(error, localizer);
        else
            TempData["Notice"] = localizer["The period is signed off."].Value;
        return RedirectToAction(nameof(Details), new { id });
    }

    /// One ZIP for the auditor: the frozen report's workbook, the period's ledger, counts, write-offs, emergency
    /// releases, dispatch timelines and audit trail, with a manifest of each file's SHA-256.
    [HttpGet("{id:int}/Pack")]
    public async Task<IActionResult> Pack(int id, [FromServices] AuditorPack pack, CancellationToken cancellationToken) =>
        await pack.WriteAsync(id, cancellationToken) is { } file
            ? File(file.Content, "application/zip", file.Name)
            : NotFound();
}
