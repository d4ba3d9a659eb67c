using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Kits;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Kits;

/// Kits (成套装备) per depot with their completeness; a keeper packs one by scanning its components, and unpacks it.
[Authorize(Policy = Policies.ReadKits)]
public sealed class KitsController(KitPages pages, KitScans scans, CurrentUser user, IStringLocalizer<SharedResource> localizer)
    : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await pages.IndexAsync(cancellationToken));

    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        await pages.DetailsAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpGet, Authorize(Policy = Policies.PackKits)]
    public async Task<IActionResult> Pack(CancellationToken cancellationToken) => View(await pages.PackAsync(cancellationToken));

    /// Opens an empty kit of the definition at the depot; its page then packs it by scanning.
    [HttpPost, Authorize(Policy = Policies.PackKits)]
    public async Task<IActionResult> Pack(int definitionId, int depotId, [FromServices] KitPacking packing)
    {
        var outcome = await packing.StartAsync(definitionId, depotId, user.ToWorkflowActor());
        if (outcome.Succeeded)
            return RedirectToAction(nameof(Details), new { id = outcome.Value });
        TempData["Problem"] = ApiProblems.Localize(outcome.Error!, localizer);
        return RedirectToAction(nameof(Pack));
    }

    /// One scan of a component into the kit.
    [HttpPost, Authorize(Policy = Policies.PackKits)]
    public async Task<IActionResult> Scan(int id, string? code, int quantity, CancellationToken cancellationToken)
    {
        var outcome = await scans.PackAsync(id, code, quantity, cancellationToken);
        if (outcome.Succeeded)
            TempData["Notice"] = localizer["Packed {0}.", code ?? ""].Value;
        else
            TempData["Problem"] = ApiProblems.Localize(outcome.Error!, localizer);
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost, Authorize(Policy = Policies.PackKits)]
    public async Task<IActionResult> Unpack(int id, [FromServices] KitPacking packing)
    {
        var outcome = await packing.UnpackAsync(id, user.ToWorkflowActor());
        if (outcome.Succeeded)
            TempData["Notice"] = localizer["The kit is unpacked; its components are free again."].Value;
        else
            TempData["Problem"] = ApiProblems.Localize(outcome.Error!, localizer);
        return RedirectToAction(nameof(Details), new { id });
    }
}
