using Warehouse.Web.Configuration;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Catalog;

public sealed class LocationForm
{
    public int? Id { get; set; }

    /// The record's version when the form was opened; a save with an older one is refused.
    public int Version { get; set; }

    [Display(Name = "Depot")]
    public int DepotId { get; set; }

    [Required(ErrorMessage = "Enter a bin."), MaxLength(20), Display(Name = "Bin")]
    public string Bin { get; set; } = "";

    [MaxLength(100), Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Active")]
    public bool Active { get; set; } = true;
}

public sealed record LocationListPage(IReadOnlyList<LocationRow> Rows, IReadOnlyList<Depot> Depots, string? Depot, bool CanEdit);

public sealed record LocationRow(int Id, string Code, string DepotName, string Bin, string? Name, bool Active);

[Route("Locations/{action=Index}/{id?}")]
public sealed class LocationsController(CatalogStore store, CatalogQueries queries, IStringLocalizer<SharedResource> localizer)
    : CatalogController(store, queries, localizer)
{
    public async Task<IActionResult> Index(string? depot, CancellationToken cancellationToken) =>
        View(await Queries.LocationsAsync(depot, cancellationToken));

    [Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        await LoadDepotsAsync(cancellationToken);
        return View("Edit", new LocationForm());
    }

    [HttpPost, Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Create(LocationForm form, CancellationToken cancellationToken)
    {
        var depot = await Store.FindAsync<Depot>(form.DepotId, cancellationToken);
        if (depot is null)
            ModelState.AddModelError(nameof(form.DepotId), L["Choose a depot."]);
        var ok = await TrySaveAsync(() =>
        {
            var location = new Location(depot!, form.Bin, form.Name);
            Store.Add(location);
        }, CatalogAudit.Created, $"location {depot?.Code}-{form.Bin}", cancellationToken);
        if (ok)
            return RedirectToAction(nameof(Index), new { depot = depot!.Code });
        await LoadDepotsAsync(cancellationToken);
        return View("Edit", form);
    }

    [Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var l = await Store.FindAsync<Location>(id, cancellationToken);
        if (l is null)
            return NotFound();
        await LoadDepotsAsync(cancellationToken);
        return View(new LocationForm { Id = l.Id, DepotId = l.DepotId, Bin = l.Bin, Name = l.Name, Active = l.Active, Version = l.Version });
    }

    [HttpPost, Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Edit(int id, LocationForm form, CancellationToken cancellationToken)
    {
        var location = await Store.FindAsync<Location>(id, cancellationToken);
        if (location is null)
            return NotFound();
        form.Id = id;
        form.DepotId = location.DepotId;
        form.Bin = location.Bin;
        var ok = await TrySaveAsync(() => location.Update(form.Name, form.Active), CatalogAudit.Updated, $"location {location.Code}",
            cancellationToken, location, form.Version);
        if (ok)
            return RedirectToAction(nameof(Index));
        await LoadDepotsAsync(cancellationToken);
        return View(form);
    }
}
