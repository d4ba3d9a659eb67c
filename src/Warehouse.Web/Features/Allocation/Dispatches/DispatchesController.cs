using Warehouse.Web.Configuration;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Data.Identity;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Web.Features.Api;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Allocation.Dispatches;

/// <paramref name="CanOverrideReadiness"/>: the caller is a manager, who may send out a unit that is not ready, giving a reason.
public sealed record PickPage(AllocationRequest Request, Dispatch Dispatch, IReadOnlyDictionary<int, string> ItemNames, string ClientPrefix,
    bool CanOverrideReadiness = false);

public sealed class SendForm
{
    public int Version { get; set; }

    [Required(ErrorMessage = "Enter the vehicle plate."), MaxLength(20), Display(Name = "Vehicle")]
    public string Vehicle { get; set; } = "";

    [Required(ErrorMessage = "Enter the driver."), MaxLength(50), Display(Name = "Driver")]
    public string Driver { get; set; } = "";

    [Required(ErrorMessage = "Enter the driver's phone."), MaxLength(30), Display(Name = "Driver phone")]
    public string DriverPhone { get; set; } = "";

    /// The driver's signature from the pad, a PNG data URL; empty when the pad was left blank.
    public string? Signature { get; set; }
}

/// The slip with its delivery codes, shown once: right after dispatch, or to the manager who re-issued them.
public sealed record SlipPage(AllocationRequest Request, Dispatch Dispatch, DeliveryCodes Codes, string QrSvg, bool Reissued,
    HandOverSignature? DriverSigned = null)
{
    public static SlipPage Of(AllocationRequest request, Dispatch dispatch, DeliveryCodes codes, bool reissued) =>
        new(request, dispatch, codes, Warehouse.Hardware.Barcodes.BarcodeRenderer.QrSvg(codes.QrCode,
            options: new Warehouse.Hardware.Barcodes.BarcodeImageOptions { ShowText = false }), reissued);
}

[Authorize(Policy = Policies.HandleDispatches)]
public sealed class DispatchesController(
    Unpicking unpicking,
    Dispatching dispatching,
    Returns returns,
    DispatchPages pages,
    CurrentUser user,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    public async Task<IActionResult> Pick(int id, CancellationToken cancellationToken) =>
        Show(await pages.PickAsync(id, cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Unpick(int id, int pickId)
    {
        var outcome = await unpicking.UnpickAsync(id, pickId, user.ToWorkflowActor());
        if (ApiProblems.IsForbidden(outcome.Error))
            return Forbid();
        if (!outcome.Succeeded)
            TempData["Problem"] = ApiProblems.Localize(outcome.Error!, localizer);
        return RedirectToAction(nameof(Pick), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Send(int id, SendForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            TempData["Problem"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => localizer[e.ErrorMessage].Value));
            return RedirectToAction(nameof(Pick), new { id });
        }
        // The picking page is live: every scan moves the request's version on, so the send form cannot carry a
        // meaningful one. What protects the dispatch is the workflow: a cancelled or closed request refuses it.
        var version = await pages.RequestVersionAsync(id, cancellationToken);
        var outcome = await dispatching.DispatchAsync(id, version, form.Vehicle, form.Driver, form.DriverPhone, user.ToWorkflowActor(),
            new HandOverSigning(form.Driver, form.Signature));
        if (ApiProblems.IsForbidden(outcome.Error))
            return Forbid();
        if (!outcome.Succeeded)
        {
            TempData["Problem"] = ApiProblems.Localize(outcome.Error!, localizer);
            return RedirectToAction(nameof(Pick), new { id });
        }
        return View("Slip", await pages.SlipAsync(id, outcome.Value!, cancellationToken));
    }

    public async Task<IActionResult> Return(int id, CancellationToken cancellationToken) =>
        Show(await pages.ReturnAsync(id, cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Return(int id, int itemId, int? unitId, int quantity, ReturnCondition condition, string? note)
    {
        var outcome = await returns.ReturnAsync(id, itemId, unitId, quantity, condition, note, user.ToWorkflowActor());
        if (ApiProblems.IsForbidden(outcome.Error))
            return Forbid();
        if (outcome.Succeeded)
            TempData["Notice"] = localizer["Return recorded."].Value;
        else
            TempData["Problem"] = ApiProblems.Localize(outcome.Error!, localizer);
        return RedirectToAction(nameof(Return), new { id });
    }

    /// Returns a whole kit by one scan of its label.
    [HttpPost]
    public async Task<IActionResult> ReturnKit(int id, string? code, [FromServices] KitReturns kits)
    {
        var key = Warehouse.Hardware.Scanning.OwnCodes.KeyOf(Warehouse.Hardware.Scanning.OwnCodeKind.Kit, code ?? "");
        var outcome = await kits.ReturnAsync(id, key, user.ToWorkflowActor());
        if (ApiProblems.IsForbidden(outcome.Error))
            return Forbid();
        if (outcome.Succeeded)
            TempData["Notice"] = localizer["Kit {0} is back and packed again.", code ?? ""].Value;
        else
            TempData["Problem"] = ApiProblems.Localize(outcome.Error!, localizer);
        return RedirectToAction(nameof(Return), new { id });
    }

    private IActionResult Show<T>(PageLookup<T> lookup) where T : class =>
        lookup.Page is { } page ? View(page) : lookup.Forbidden ? Forbid() : NotFound();
}
