using Warehouse.Web.Configuration;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Catalog;

public sealed class DepartmentForm
{
    public int? Id { get; set; }

    /// The record's version when the form was opened; a save with an older one is refused.
    public int Version { get; set; }

    [Required(ErrorMessage = "Enter a code."), MaxLength(30), Display(Name = "Code")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter a name."), MaxLength(100), Display(Name = "Name")]
    public string Name { get; set; } = "";
}

[Route("Departments/{action=Index}/{id?}")]
public sealed class DepartmentsController(CatalogStore store, CatalogQueries queries, IStringLocalizer<SharedResource> localizer)
    : CatalogController(store, queries, localizer)
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await Queries.DepartmentListAsync(cancellationToken));

    [Authorize(Policy = Policies.EditCatalog)]
    public IActionResult Create() => View("Edit", new DepartmentForm());

    [HttpPost, Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Create(DepartmentForm form, CancellationToken cancellationToken)
    {
        var ok = await TrySaveAsync(() => Store.Add(new Department(form.Code, form.Name)),
            CatalogAudit.Created, $"department {form.Code}", cancellationToken);
        return ok ? RedirectToAction(nameof(Index)) : View("Edit", form);
    }

    [Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var department = await Store.FindAsync<Department>(id, cancellationToken);
        return department is null ? NotFound() : View(new DepartmentForm { Id = id, Code = department.Code, Name = department.Name, Version = department.Version });
    }

    [HttpPost, Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Edit(int id, DepartmentForm form, CancellationToken cancellationToken)
    {
        var department = await Store.FindAsync<Department>(id, cancellationToken);
        if (department is null)
            return NotFound();
        form.Id = id;
        form.Code = department.Code;
        var ok = await TrySaveAsync(() => department.Rename(form.Name), CatalogAudit.Updated, $"department {department.Code}",
            cancellationToken, department, form.Version);
        return ok ? RedirectToAction(nameof(Index)) : View(form);
    }
}
