using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Suppliers;

/// Call-up orders (调用单): the list with each order's time against its agreement, the order sheet a manager sends to the
/// supplier and a depot's receipt; the site confirms delivery on <see cref="CallUpDeliveryController"/>.
[Authorize(Policy = Policies.ReadSuppliers)]
[Route("CallUps/{action=Index}/{id?}")]
public sealed class CallUpsController(CallUpPages pages, CallUpCommands commands, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await pages.IndexAsync(cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        await pages.DetailAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    /// Sends the order: new delivery codes, shown once on the printable order sheet.
    [HttpPost, Authorize(Policy = Policies.ManageSuppliers)]
    public async Task<IActionResult> Send(int id, CancellationToken cancellationToken)
    {
        var outcome = await commands.SendAsync(id, cancellationToken);
        if (outcome.Succeeded)
            return View("Order", outcome.Value);
        TempData["Problem"] = ApiProblems.Localize(outcome.Error!, localizer);
        return RedirectToAction(nameof(Details), new { id });
    }

    /// Cancels an order whose goods have not come, with the manager's reason; its quantities go back to the agreement.
    [HttpPost, Authorize(Policy = Policies.ManageSuppliers)]
    public async Task<IActionResult> Cancel(int id, CallUpCancelForm form)
    {
        var outcome = await commands.CancelAsync(id, form);
        if (outcome.Succeeded)
            TempData["Notice"] = localizer["Call-up {0} cancelled; its quantities are back on the agreement.", outcome.Value!.Number].Value;
        else
            TempData["Problem"] = ApiProblems.Localize(outcome.Error!, localizer);
        return RedirectToAction(nameof(Details), new { id });
    }

    /// Receives the order into its depot with the lots, expiry dates and serial numbers counted; a refused receipt shows the
    /// page again with what was typed and the reason.
    [HttpPost, Authorize(Policy = Policies.PostStock)]
    public async Task<IActionResult> Receive(int id, CallUpReceiveForm form, CancellationToken cancellationToken)
    {
        var outcome = await commands.ReceiveAsync(id, form);
        if (outcome.Succeeded)
        {
            TempData["Notice"] = localizer["Call-up {0} received as {1}.", outcome.Value!.Number, outcome.Value.DocumentNumber ?? ""].Value;
            return RedirectToAction(nameof(Details), new { id });
        }
        if (await pages.DetailAsync(id, cancellationToken) is not { } page)
            return NotFound();
        Response.StatusCode = ApiProblems.StatusFor(outcome.Error!.Kind);
        return View(nameof(Details), page with { Receipt = form, Problem = ApiProblems.Localize(outcome.Error, localizer) });
    }
}
