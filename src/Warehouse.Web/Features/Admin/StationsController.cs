using Warehouse.Web.Configuration;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Printing;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Admin;

public sealed class StationForm
{
    [Required(ErrorMessage = "Enter a name."), MaxLength(60), Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Depot")]
    public int DepotId { get; set; }
}

public sealed record StationRow(int Id, string Name, string DepotName, string KeyPrefix, DateTime CreatedAt, DateTime? RevokedAt, int? DefaultPrinterId);

public sealed record StationsPage(IReadOnlyList<StationRow> Rows, IReadOnlyList<Depot> Depots, IReadOnlyList<Printer> Printers, StationForm Form,
    string? NewKey, IReadOnlyList<Agents.AgentView> Agents);

/// Stations call the API with a key of their own. The key is shown once, when made; only its hash is kept.
[Authorize(Policy = Policies.EditCatalog)]
public sealed class StationsController(StationAdministration stations, IStringLocalizer<SharedResource> localizer) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await stations.PageAsync(new StationForm(), null, cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Create(StationForm form, CancellationToken cancellationToken)
    {
        foreach (var error in await stations.CheckAsync(form, cancellationToken))
            ModelState.AddModelError(error.Field, error.Message);
        if (!ModelState.IsValid)
            return View("Index", await stations.PageAsync(form, null, cancellationToken));
        var key = await stations.CreateAsync(form, cancellationToken);
        return View("Index", await stations.PageAsync(new StationForm(), key, cancellationToken));
    }

    [HttpPost]
    public async Task<IActionResult> Revoke(int id, CancellationToken cancellationToken)
    {
        if (await stations.RevokeAsync(id, cancellationToken) is not { } name)
            return NotFound();
        TempData["Notice"] = localizer["Station {0} can no longer call the API.", name].Value;
        return RedirectToAction(nameof(Index));
    }

    /// The receipt printer the station's postings print on; none means its agent's first printer, else the depot's first.
    [HttpPost]
    public async Task<IActionResult> Printer(int id, int? printerId, CancellationToken cancellationToken)
    {
        if (await stations.PrintToAsync(id, printerId, cancellationToken) is not { } name)
            return NotFound();
        TempData["Notice"] = localizer["Station {0} saved.", name].Value;
        return RedirectToAction(nameof(Index));
    }
}
