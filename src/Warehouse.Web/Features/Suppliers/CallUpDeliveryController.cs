using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Suppliers;

/// Where the supplier's goods arrive at the site: the requesting department (or a manager) types or scans the code on
/// the call-up order, as for a dispatch.
[Authorize(Policy = Policies.ConfirmDelivery)]
[Route("CallUps/Deliver")]
public sealed class CallUpDeliveryController(CallUpCommands commands, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet]
    public IActionResult Deliver(string? code) => View(new CallUpDeliveryPage(new CallUpDeliveryForm { Code = code }));

    [HttpPost]
    public async Task<IActionResult> Deliver(CallUpDeliveryForm form)
    {
        var outcome = await commands.ConfirmAtSiteAsync(form);
        if (outcome.Succeeded)
        {
            TempData["Notice"] = localizer["Call-up {0} delivered.", outcome.Value!.Number].Value;
            return RedirectToAction(nameof(Deliver));
        }
        Response.StatusCode = ApiProblems.StatusFor(outcome.Error!.Kind);
        return View(new CallUpDeliveryPage(form, ApiProblems.Localize(outcome.Error, localizer)));
    }
}
