using Warehouse.Web.Configuration;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Warehouse.Data.Maintenance;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Web.Features.Stock;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Catalog;

public sealed class ItemForm
{
    public int? Id { get; set; }

    /// The record's version when the form was opened; a save with an older one is refused.
    public int Version { get; set; }

    [Required(ErrorMessage = "Enter a code."), MaxLength(30), Display(Name = "Code")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter a name."), MaxLength(100), Display(Name = "Name")]
    public string Name { get; set; } = "";

    [MaxLength(200), Display(Name = "Specification")]
    public string? Specification { get; set; }

    [Display(Name = "Class")]
    public SupplyClass Class { get; set; }

    [Required(ErrorMessage = "Enter a unit."), MaxLength(10), Display(Name = "Unit")]
    public string Unit { get; set; } = "";

    [MaxLength(14), Display(Name = "GTIN")]
    public string? Gtin { get; set; }

    [Display(Name = "Tracking")]
    public TrackingMode Tracking { get; set; }

    [Range(1, 36500, ErrorMessage = "Shelf life must be between 1 and 36500 days."), Display(Name = "Shelf life (days)")]
    public int? ShelfLifeDays { get; set; }

    [Range(1, 3650, ErrorMessage = "Maintenance interval must be between 1 and 3650 days."), Display(Name = "Maintenance interval (days)")]
    public int? MaintenanceIntervalDays { get; set; }

    [Display(Name = "Returnable")]
    public bool Returnable { get; set; }

    [Range(0, 100_000_000, ErrorMessage = "Unit price must be between 0 and 100,000,000."), Display(Name = "Unit price")]
    public decimal UnitPrice { get; set; }

    [Display(Name = "Owning department")]
    public int? DepartmentId { get; set; }

    [Display(Name = "Active")]
    public bool Active { get; set; } = true;
}

public sealed record ItemListPage(IReadOnlyList<ItemListRow> Rows, int Total, int Page, int Pages, string? Search, SupplyClass? Class,
    bool CanEdit);

public sealed record ItemListRow(int Id, string Code, string Name, string? Specification, SupplyClass Class, string Unit, TrackingMode Tracking,
    decimal UnitPrice, string? Department, bool Returnable, bool Active, int OnHand);

[Route("Items/{action=Index}/{id?}")]
public sealed class ItemsController(CatalogStore store, CatalogQueries queries, IStringLocalizer<SharedResource> localizer)
    : CatalogController(store, queries, localizer)
{
    public async Task<IActionResult> Index(string? search, SupplyClass? @class, int page = 1, CancellationToken cancellationToken = default) =>
        View(await Queries.ItemsAsync(search, @class, page, cancellationToken));

    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var item = await Queries.ItemDetailsAsync(id, cancellationToken);
        return item is null ? NotFound() : View(item);
    }

    [Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        await LoadDepartmentsAsync(cancellationToken);
        return View("Edit", new ItemForm());
    }

    [HttpPost, Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Create(ItemForm form, [FromServices] InspectionPlans inspections, CancellationToken cancellationToken)
    {
        var ok = await TrySaveAsync(() =>
        {
            var item = new Item(form.Code, form.Name, form.Class, form.Unit, form.Tracking);
            Apply(item, form);
            Store.Add(item);
        }, CatalogAudit.Created, $"item {form.Code}", cancellationToken);
        if (ok)
        {
            await inspections.FollowAsync([form.Code.Trim().ToUpperInvariant()], cancellationToken);
            return RedirectToAction(nameof(Index));
        }
        await LoadDepartmentsAsync(cancellationToken);
        return View("Edit", form);
    }

    [Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var i = await Store.FindAsync<Item>(id, cancellationToken);
        if (i is null)
            return NotFound();
        await LoadDepartmentsAsync(cancellationToken);
        return View(new ItemForm
        {
            Id = i.Id, Code = i.Code, Name = i.Name, Specification = i.Specification, Class = i.Class, Unit = i.Unit, Gtin = i.Gtin,
            Tracking = i.Tracking, ShelfLifeDays = i.ShelfLifeDays, MaintenanceIntervalDays = i.MaintenanceIntervalDays,
            Returnable = i.Returnable, UnitPrice = i.UnitPrice, DepartmentId = i.DepartmentId, Active = i.Active, Version = i.Version,
        });
    }

    [HttpPost, Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Edit(int id, ItemForm form, [FromServices] InspectionPlans inspections,
        CancellationToken cancellationToken)
    {
        var item = await Store.FindAsync<Item>(id, cancellationToken);
        if (item is null)
            return NotFound();
        form.Id = id;
        form.Code = item.Code;
        form.Tracking = item.Tracking;
        var ok = await TrySaveAsync(() => Apply(item, form), CatalogAudit.Updated, $"item {item.Code}", cancellationToken,
            item, form.Version);
        if (ok)
        {
            await inspections.FollowAsync([item.Code], cancellationToken);
            return RedirectToAction(nameof(Index));
        }
        await LoadDepartmentsAsync(cancellationToken);
        return View(form);
    }

    private static void Apply(Item item, ItemForm form)
    {
        item.Describe(form.Name, form.Specification, form.Class, form.Unit);
        item.SetGtin(form.Gtin);
        item.SetKeeping(form.ShelfLifeDays, form.MaintenanceIntervalDays, form.Returnable, form.UnitPrice, form.DepartmentId);
        item.SetActive(form.Active);
    }

    private async Task LoadDepartmentsAsync(CancellationToken cancellationToken) =>
        ViewData["Departments"] = await Queries.DepartmentsAsync(cancellationToken);
}
