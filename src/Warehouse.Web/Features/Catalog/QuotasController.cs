using Warehouse.Web.Configuration;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Catalog;

public sealed class QuotaForm
{
    public int? Id { get; set; }

    /// The record's version when the form was opened; a save with an older one is refused.
    public int Version { get; set; }

    [Display(Name = "Depot")]
    public int DepotId { get; set; }

    [Required(ErrorMessage = "Enter an item code."), MaxLength(30), Display(Name = "Item code")]
    public string ItemCode { get; set; } = "";

    [Range(0, 1_000_000, ErrorMessage = "Minimum must be between 0 and 1,000,000."), Display(Name = "Minimum")]
    public int Minimum { get; set; }

    [Range(1, 1_000_000, ErrorMessage = "Target must be between 1 and 1,000,000."), Display(Name = "Target")]
    public int Target { get; set; }

    /// The stock only the higher authority may draw (储备底线); 0 for none, never above the target.
    [Range(0, 1_000_000, ErrorMessage = "The reserve floor must be between 0 and 1,000,000."), Display(Name = "Reserve floor")]
    public int ReserveFloor { get; set; }
}

/// The quota list's filters as the query string carries them: a depot code, an item code or name, the page.
public sealed record QuotaFilter(string? Depot = null, string? Item = null, int Page = 1);

/// One page of quotas with the depots to choose from; <see cref="CanEdit"/> shows the new, edit and delete links.
public sealed record QuotaListPage(IReadOnlyList<QuotaRow> Rows, int Total, int Page, int Pages, IReadOnlyList<Depot> Depots,
    string? Depot, string? Item, bool CanEdit);

public sealed record QuotaRow(int Id, string DepotName, string ItemCode, string ItemName, string Unit, int Minimum, int Target,
    int ReserveFloor)
{
    public int ItemId { get; init; }

    /// Still guaranteed under agreements valid today (协议储备): the supplier's goods, shown apart from our quota.
    public int AgreementStock { get; init; }
}

[Route("Quotas/{action=Index}/{id?}")]
public sealed class QuotasController(CatalogStore store, CatalogQueries queries, IStringLocalizer<SharedResource> localizer)
    : CatalogController(store, queries, localizer)
{
    public async Task<IActionResult> Index(string? depot, string? item, int page = 1, CancellationToken cancellationToken = default) =>
        View(await Queries.QuotasAsync(new QuotaFilter(depot, item, page), cancellationToken));

    [Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        await LoadDepotsAsync(cancellationToken);
        return View("Edit", new QuotaForm());
    }

    [HttpPost, Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Create(QuotaForm form, CancellationToken cancellationToken)
    {
        var code = form.ItemCode.Trim().ToUpperInvariant();
        var item = await Queries.ItemByCodeAsync(code, cancellationToken);
        if (item is null)
            ModelState.AddModelError(nameof(form.ItemCode), L["Error.UnknownCode", form.ItemCode]);
        if (!await Queries.DepotExistsAsync(form.DepotId, cancellationToken))
            ModelState.AddModelError(nameof(form.DepotId), L["Choose a depot."]);
        var ok = await TrySaveAsync(() => Store.Add(Floored(new Quota(form.DepotId, item!.Id, form.Minimum, form.Target), form.ReserveFloor)),
            CatalogAudit.Created, $"quota {code}@{form.DepotId}", cancellationToken);
        if (ok)
            return RedirectToAction(nameof(Index));
        await LoadDepotsAsync(cancellationToken);
        return View("Edit", form);
    }

    [Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var q = await Queries.QuotaAsync(id, cancellationToken);
        if (q is null)
            return NotFound();
        await LoadDepotsAsync(cancellationToken);
        return View(new QuotaForm { Id = q.Id, DepotId = q.DepotId, ItemCode = q.Item!.Code, Minimum = q.Minimum, Target = q.Target,
            ReserveFloor = q.ReserveFloor, Version = q.Version });
    }

    [HttpPost, Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Edit(int id, QuotaForm form, CancellationToken cancellationToken)
    {
        var quota = await Queries.QuotaAsync(id, cancellationToken);
        if (quota is null)
            return NotFound();
        form.Id = id;
        form.DepotId = quota.DepotId;
        form.ItemCode = quota.Item!.Code;
        var ok = await TrySaveAsync(() => Floored(quota, form.ReserveFloor, form.Minimum, form.Target), CatalogAudit.Updated, $"quota {form.ItemCode}@{quota.DepotId}",
            cancellationToken, quota, form.Version);
        if (ok)
            return RedirectToAction(nameof(Index));
        await LoadDepotsAsync(cancellationToken);
        return View(form);
    }

    /// The quota with its figures set, the floor last (a lower target lowers a floor above it); a floor out of range throws.
    private static Quota Floored(Quota quota, int floor, int? minimum = null, int? target = null)
    {
        if (minimum is { } min && target is { } max)
            quota.Set(min, max);
        quota.SetReserveFloor(floor);
        return quota;
    }

    [HttpPost, Authorize(Policy = Policies.EditCatalog)]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var quota = await Store.FindAsync<Quota>(id, cancellationToken);
        if (quota is null)
            return NotFound();
        await TrySaveAsync(() => Store.Remove(quota), CatalogAudit.Deleted, $"quota #{id}", cancellationToken);
        return RedirectToAction(nameof(Index));
    }
}
