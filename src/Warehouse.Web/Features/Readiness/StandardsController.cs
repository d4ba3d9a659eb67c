using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Readiness;
using Warehouse.Web.Configuration;
using Warehouse.Web.Features.Catalog;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Readiness;

/// Equipment standards (配备标准): everyone signed in reads, administrators change them.
[Route("Standards/{action=Index}/{id?}")]
public sealed class StandardsController(CatalogStore store, CatalogQueries queries, StandardQueries standards,
    CallerPermissions permissions, IStringLocalizer<SharedResource> localizer) : CatalogController(store, queries, localizer)
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new StandardListPage(await standards.ListAsync(cancellationToken), await permissions.MayAsync(Policies.EditCatalog)));

    [Authorize(Policy = Policies.EditCatalog)]
    public IActionResult Create() => View("Edit", new StandardForm().WithBlankLines());

    [HttpPost, Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Create(StandardForm form, CancellationToken cancellationToken)
    {
        var lines = await LinesAsync(form, cancellationToken);
        var ok = await TrySaveAsync(() =>
        {
            var standard = new EquipmentStandard(form.Code, form.Name);
            standard.SetLines(lines);
            Store.Add(standard);
        }, CatalogAudit.Created, $"standard {form.Code}", cancellationToken);
        return ok ? RedirectToAction(nameof(Index)) : View("Edit", form);
    }

    [Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        if (await standards.FindAsync(id, cancellationToken) is not { } standard)
            return NotFound();
        var form = new StandardForm
        {
            Id = id, Version = standard.Version, Code = standard.Code, Name = standard.Name,
            Lines = standard.Lines
                .Select(l => new StandardLineForm { ItemCode = l.Item!.Code, Basis = l.Basis, Quantity = $"{l.Quantity}" }).ToList(),
        };
        return View(form.WithBlankLines());
    }

    [HttpPost, Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Edit(int id, StandardForm form, CancellationToken cancellationToken)
    {
        if (await standards.FindAsync(id, cancellationToken) is not { } standard)
            return NotFound();
        (form.Id, form.Code) = (id, standard.Code);
        var lines = await LinesAsync(form, cancellationToken);
        var ok = await TrySaveAsync(() =>
        {
            standard.Rename(form.Name);
            standard.SetLines(lines);
        }, CatalogAudit.Updated, $"standard {standard.Code}", cancellationToken, standard, form.Version);
        return ok ? RedirectToAction(nameof(Index)) : View(form);
    }

    [HttpPost, Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        if (await standards.FindAsync(id, cancellationToken) is not { } standard)
            return NotFound();
        await TrySaveAsync(() => Store.Remove(standard), CatalogAudit.Deleted, $"standard {standard.Code}", cancellationToken);
        return RedirectToAction(nameof(Index));
    }

    /// The form's lines in the domain's terms; a line that cannot be read becomes the form's error (and no lines).
    private async Task<List<(int ItemId, CoverageBasis Basis, decimal Quantity)>> LinesAsync(StandardForm form,
        CancellationToken cancellationToken)
    {
        var outcome = await standards.LinesAsync(form, cancellationToken);
        if (!outcome.Succeeded)
            ModelState.AddModelError("", ApiProblems.Localize(outcome.Error!, L));
        return outcome.Value ?? [];
    }
}
