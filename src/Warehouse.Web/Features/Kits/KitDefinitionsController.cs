using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Kits;
using Warehouse.Data.Stock;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Kits;

/// Kit definitions: the bill of items each kind of kit holds, kept by managers.
[Authorize(Policy = Policies.ReadKits)]
public sealed class KitDefinitionsController(KitPages pages, KitDefinitions definitions, IStringLocalizer<SharedResource> localizer)
    : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await pages.DefinitionsAsync(cancellationToken));

    [HttpPost, Authorize(Policy = Policies.DefineKits)]
    public async Task<IActionResult> Create(string? code, string? name) => Done(await definitions.CreateAsync(code ?? "", name ?? ""));

    /// Sets one line of a bill; the quantity is taken as typed, so "1.5" or "-2" gets a clear refusal.
    [HttpPost, Authorize(Policy = Policies.DefineKits)]
    public async Task<IActionResult> SetLine(int id, string? itemCode, string? quantity) =>
        Done(await definitions.SetLineAsync(id, itemCode, quantity));

    [HttpPost, Authorize(Policy = Policies.DefineKits)]
    public async Task<IActionResult> RemoveLine(int id, int itemId) => Done(await definitions.RemoveLineAsync(id, itemId));

    private IActionResult Done(Outcome<int> outcome)
    {
        if (outcome.Succeeded)
            TempData["Notice"] = localizer["Kit definition saved."].Value;
        else
            TempData["Problem"] = ApiProblems.Localize(outcome.Error!, localizer);
        return RedirectToAction(nameof(Index));
    }
}
