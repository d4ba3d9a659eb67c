using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Suppliers;

/// Suppliers and their agreement reserves (协议储备): what each guarantees, has had called up and has left. Managers keep
/// them; auditors read them.
[Authorize(Policy = Policies.ReadSuppliers)]
[Route("Suppliers/{action=Index}/{id?}")]
public sealed class SuppliersController(SupplierPages pages, SupplierCommands commands, IStringLocalizer<SharedResource> localizer)
    : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await pages.IndexAsync(cancellationToken));

    [HttpGet, Authorize(Policy = Policies.ManageSuppliers)]
    public IActionResult Create() => View(new SupplierFormPage(new SupplierForm()));

    [HttpPost, Authorize(Policy = Policies.ManageSuppliers)]
    public async Task<IActionResult> Create(SupplierForm form)
    {
        var outcome = await commands.SaveSupplierAsync(form);
        if (outcome.Succeeded)
        {
            TempData["Notice"] = localizer["Supplier {0} saved.", outcome.Value!.Code].Value;
            return RedirectToAction(nameof(Index));
        }
        Response.StatusCode = ApiProblems.StatusFor(outcome.Error!.Kind);
        return View(nameof(Create), new SupplierFormPage(form, ApiProblems.Localize(outcome.Error, localizer)));
    }

    [HttpGet, Authorize(Policy = Policies.ManageSuppliers)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await pages.SupplierFormAsync(id, cancellationToken) is { } page ? View("Create", page) : NotFound();

    [HttpPost, Authorize(Policy = Policies.ManageSuppliers)]
    public Task<IActionResult> Edit(int id, SupplierForm form)
    {
        form.Id = id;
        return Create(form);
    }

    /// A new agreement's form, or a known one's to revise.
    [HttpGet, Authorize(Policy = Policies.ManageSuppliers)]
    public async Task<IActionResult> Agreement(int? id, CancellationToken cancellationToken) => id is { } known
        ? await pages.AgreementEditAsync(known, cancellationToken) is { } page ? View(page) : NotFound()
        : View(await pages.AgreementFormAsync(new AgreementForm(), null, cancellationToken));

    /// Ends the agreement early: nothing more is called up under it from today.
    [HttpPost, Authorize(Policy = Policies.ManageSuppliers)]
    public async Task<IActionResult> End(int id, int version)
    {
        var outcome = await commands.EndAgreementAsync(id, version);
        if (outcome.Succeeded)
            TempData["Notice"] = localizer["Agreement {0} ended.", outcome.Value!.Number].Value;
        else
            TempData["Problem"] = ApiProblems.Localize(outcome.Error!, localizer);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost, Authorize(Policy = Policies.ManageSuppliers)]
    public async Task<IActionResult> Agreement(int? id, AgreementForm form, CancellationToken cancellationToken)
    {
        form.Id = id ?? form.Id;
        var outcome = await commands.SaveAgreementAsync(form, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Notice"] = localizer["Agreement {0} saved.", outcome.Value!.Number].Value;
            return RedirectToAction(nameof(Index));
        }
        Response.StatusCode = ApiProblems.StatusFor(outcome.Error!.Kind);
        return View(await pages.AgreementFormAsync(form, ApiProblems.Localize(outcome.Error, localizer), cancellationToken));
    }
}
