using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;
using Warehouse.Domain.WriteOffs;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.WriteOffs;

/// Write-off notes (报废单): a keeper proposes expired, damaged or lost goods; another manager approves, which posts them
/// out of stock and prints the slip, or rejects with a reason.
[Authorize(Policy = Policies.ReadWriteOffs)]
[Route("WriteOffs/{action=Index}/{id?}")]
public sealed class WriteOffsController(WriteOffPages pages, WriteOffCommands commands, IStringLocalizer<SharedResource> localizer)
    : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await pages.IndexAsync(cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        await pages.DetailAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    /// The proposal form, filled in when the rotation list sends expiring goods here.
    [HttpGet, Authorize(Policy = Policies.PostStock)]
    public async Task<IActionResult> Create(int? depot, WriteOffCause? cause, string? goods, CancellationToken cancellationToken) =>
        View(await pages.FormAsync(new WriteOffForm { DepotId = depot ?? 0, Cause = cause ?? WriteOffCause.Expired, Goods = goods },
            cancellationToken));

    [HttpPost, Authorize(Policy = Policies.PostStock)]
    public async Task<IActionResult> Create(WriteOffForm form, CancellationToken cancellationToken)
    {
        var outcome = ModelState.IsValid ? await commands.ProposeAsync(form, cancellationToken)
            : Errors.WriteOffFormInvalid(WriteOff.MaxTextLength, WriteOff.MaxLines);
        if (outcome.Succeeded)
        {
            TempData["Notice"] = localizer["Write-off {0} proposed; a manager decides it.", outcome.Value!.Number].Value;
            return RedirectToAction(nameof(Details), new { id = outcome.Value.Id });
        }
        Response.StatusCode = ApiProblems.StatusFor(outcome.Error!.Kind);
        return View(await pages.FormAsync(form, cancellationToken) with { Problem = ApiProblems.Localize(outcome.Error, localizer) });
    }

    [HttpPost, Authorize(Policy = Policies.DecideWriteOffs)]
    public async Task<IActionResult> Approve(int id) =>
        Decided(id, await commands.ApproveAsync(id), "Write-off {0} approved: posted as {1}; its slip is printing.");

    [HttpPost, Authorize(Policy = Policies.DecideWriteOffs)]
    public async Task<IActionResult> Reject(int id, string? reason) =>
        Decided(id, await commands.RejectAsync(id, reason), "Write-off {0} rejected.");

    private IActionResult Decided(int id, Outcome<WriteOff> outcome, string notice)
    {
        if (outcome.Succeeded)
            TempData["Notice"] = localizer[notice, outcome.Value!.Number, outcome.Value.DocumentNumber ?? ""].Value;
        else
            TempData["Problem"] = ApiProblems.Localize(outcome.Error!, localizer);
        return RedirectToAction(nameof(Details), new { id });
    }
}
