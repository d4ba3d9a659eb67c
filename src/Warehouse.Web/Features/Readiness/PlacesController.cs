using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Readiness;
using Warehouse.Web.Configuration;
using Warehouse.Web.Features.Catalog;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Readiness;

/// Townships and villages (行政区划): everyone signed in reads, administrators change them by form or by Excel.
[Route("Places/{action=Index}/{id?}")]
public sealed class PlacesController(CatalogStore store, CatalogQueries queries, PlaceQueries places, CallerPermissions permissions,
    IStringLocalizer<SharedResource> localizer) : CatalogController(store, queries, localizer)
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new PlaceListPage(await places.ListAsync(cancellationToken), await permissions.MayAsync(Policies.EditCatalog)));

    [Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) => await EditViewAsync(new PlaceForm(), cancellationToken);

    [HttpPost, Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Create(PlaceForm form, CancellationToken cancellationToken)
    {
        var township = form.Kind == PlaceKind.Village ? await places.TownshipAsync(form.TownshipId, cancellationToken) : null;
        var ok = await TrySaveAsync(() =>
        {
            var place = new Place(form.Code, form.Name, form.Kind, township);
            place.Describe(form.Name, form.DutyPersons, form.Households, form.DepotId, form.Position);
            Store.Add(place);
        }, CatalogAudit.Created, $"place {form.Code}", cancellationToken);
        return ok ? RedirectToAction(nameof(Index)) : await EditViewAsync(form, cancellationToken);
    }

    [Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await places.FindAsync(id, cancellationToken) is { } place
            ? await EditViewAsync(PlaceForm.Of(place), cancellationToken)
            : NotFound();

    [HttpPost, Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Edit(int id, PlaceForm form, CancellationToken cancellationToken)
    {
        if (await places.FindAsync(id, cancellationToken) is not { } place)
            return NotFound();
        (form.Id, form.Code, form.Kind, form.TownshipId) = (id, place.Code, place.Kind, place.TownshipId);
        var ok = await TrySaveAsync(() => place.Describe(form.Name, form.DutyPersons, form.Households, form.DepotId, form.Position),
            CatalogAudit.Updated, $"place {place.Code}", cancellationToken, place, form.Version);
        return ok ? RedirectToAction(nameof(Index)) : await EditViewAsync(form, cancellationToken);
    }

    [HttpPost, Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        if (await Store.FindAsync<Place>(id, cancellationToken) is not { } place)
            return NotFound();
        await TrySaveAsync(() => Store.Remove(place), CatalogAudit.Deleted, $"place {place.Code}", cancellationToken);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet, Authorize(Policy = Policies.EditCatalog)]
    public IActionResult Import() => View(new PlaceImportResult([], 0, 0));

    [HttpPost, Authorize(Policy = Policies.EditCatalog), RequestSizeLimit(10 * 1024 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file, [FromServices] PlaceImport import, CancellationToken cancellationToken)
    {
        await using var stream = file?.OpenReadStream();
        var result = await import.ImportAsync(stream, Path.GetFileName(file?.FileName ?? ""), cancellationToken);
        Response.StatusCode = result.Written ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return View(result);
    }

    private async Task<IActionResult> EditViewAsync(PlaceForm form, CancellationToken cancellationToken) =>
        View("Edit", new PlaceEditPage(form, new PlaceChoices(await places.TownshipsAsync(cancellationToken),
            await Queries.DepotsAsync(cancellationToken))));
}
