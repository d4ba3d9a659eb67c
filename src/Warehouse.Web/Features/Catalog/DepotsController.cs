using Warehouse.Web.Configuration;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Catalog;

public sealed class DepotForm
{
    public int? Id { get; set; }

    /// The record's version when the form was opened; a save with an older one is refused.
    public int Version { get; set; }

    [Required(ErrorMessage = "Enter a code."), MaxLength(30), Display(Name = "Code")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter a name."), MaxLength(100), Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Kind")]
    public DepotKind Kind { get; set; } = DepotKind.SubCenter;

    [MaxLength(200), Display(Name = "Address")]
    public string? Address { get; set; }

    [Range(-90, 90, ErrorMessage = "Latitude must be between -90 and 90."), Display(Name = "Latitude")]
    public double Latitude { get; set; }

    [Range(-180, 180, ErrorMessage = "Longitude must be between -180 and 180."), Display(Name = "Longitude")]
    public double Longitude { get; set; }

    [MaxLength(50), Display(Name = "Contact")]
    public string? Contact { get; set; }

    [MaxLength(30), Display(Name = "Phone")]
    public string? Phone { get; set; }
}

[Route("Depots/{action=Index}/{id?}")]
public sealed class DepotsController(CatalogStore store, CatalogQueries queries, IStringLocalizer<SharedResource> localizer)
    : CatalogController(store, queries, localizer)
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        return View(await Queries.DepotListAsync(cancellationToken));
    }

    [Authorize(Policy = Policies.EditCatalog)]
    public IActionResult Create() => View("Edit", new DepotForm());

    [HttpPost, Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Create(DepotForm form, CancellationToken cancellationToken)
    {
        var ok = await TrySaveAsync(() =>
        {
            var depot = new Depot(form.Code, form.Name, form.Kind, new GeoPoint(form.Latitude, form.Longitude));
            depot.Update(form.Name, form.Kind, depot.Position, form.Address, form.Contact, form.Phone);
            Store.Add(depot);
        }, CatalogAudit.Created, $"depot {form.Code}", cancellationToken);
        return ok ? RedirectToAction(nameof(Index)) : View("Edit", form);
    }

    [Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var d = await Store.FindAsync<Depot>(id, cancellationToken);
        if (d is null)
            return NotFound();
        return View(new DepotForm
        {
            Id = d.Id, Code = d.Code, Name = d.Name, Kind = d.Kind, Address = d.Address, Latitude = d.Latitude,
            Longitude = d.Longitude, Contact = d.Contact, Phone = d.Phone, Version = d.Version,
        });
    }

    [HttpPost, Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Edit(int id, DepotForm form, CancellationToken cancellationToken)
    {
        var depot = await Store.FindAsync<Depot>(id, cancellationToken);
        if (depot is null)
            return NotFound();
        form.Id = id;
        form.Code = depot.Code;
        var ok = await TrySaveAsync(() => depot.Update(form.Name, form.Kind, new GeoPoint(form.Latitude, form.Longitude), form.Address, form.Contact, form.Phone),
            CatalogAudit.Updated, $"depot {depot.Code}", cancellationToken, depot, form.Version);
        return ok ? RedirectToAction(nameof(Index)) : View(form);
    }
}
