using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Domain.Allocation;
using Warehouse.Web.Configuration;
using Warehouse.Web.Features.Printing;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Allocation.Delivery;

public sealed record DeliveryLine(int ItemId, string Item, string Unit, int Sent);

public sealed record DeliveryPage(string Code, Dispatch Dispatch, AllocationRequest Request, IReadOnlyList<DeliveryLine> Lines);

/// The delivery confirmation: the code, a note and the lines, signed by the receiver.
public sealed class DeliveryForm : HandOverSigningForm
{
    public string Code { get; set; } = "";
    public string? Note { get; set; }
    public List<DeliveryLineForm> Lines { get; set; } = [];
}

public sealed class DeliveryLineForm
{
    public int ItemId { get; set; }
    public int Received { get; set; }
    public int Damaged { get; set; }
}

/// Where the goods arrive: scan the slip's QR code or type its short code, count what came, confirm once.
[Authorize(Policy = Policies.ConfirmDelivery)]
[Route("Deliver/{action=Index}")]
public sealed class DeliveryController(DeliveryConfirmation delivery, AllocationQueries queries, CurrentUser user,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    public async Task<IActionResult> Index(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
            return View("Index");
        var dispatchId = await delivery.FindByCodeAsync(code);
        if (dispatchId is null)
        {
            ViewData["Problem"] = localizer["Error.UnknownDeliveryCode"].Value;
            return View("Index");
        }
        var request = await queries.RequestOfDispatchAsync(dispatchId.Value, cancellationToken);
        if (request is null)
            return Forbid();
        var dispatch = request.Dispatches.Single(d => d.Id == dispatchId);
        if (dispatch.State == DispatchState.Delivered)
        {
            ViewData["Problem"] = localizer["Error.AlreadyDelivered", dispatch.Number].Value;
            return View("Index");
        }
        var lines = dispatch.Lines.Select(l => new DeliveryLine(l.ItemId, l.Item!.Name, l.Item.Unit, dispatch.PickedOf(l.ItemId))).ToList();
        return View("Confirm", new DeliveryPage(code.Trim(), dispatch, request, lines));
    }

    [HttpPost]
    public async Task<IActionResult> Confirm(DeliveryForm form)
    {
        var received = form.Lines.ToDictionary(l => l.ItemId, l => (l.Received, l.Damaged));
        var outcome = await delivery.ConfirmDeliveryAsync(form.Code, received, form.Note, user.ToWorkflowActor(),
            receiverSignature: form.Signing);
        if (ApiProblems.IsForbidden(outcome.Error))
            return Forbid();
        if (!outcome.Succeeded)
        {
            TempData["Problem"] = ApiProblems.Localize(outcome.Error!, localizer);
            return RedirectToAction(nameof(Index), new { code = form.Code });
        }
        TempData["Notice"] = localizer["Delivery confirmed."].Value;
        return RedirectToAction("Details", "Requests", new { id = outcome.Value });
    }

    /// Queues the confirmed delivery's receipt for the receipt printer.
    [HttpPost]
    public async Task<IActionResult> Receipt(int dispatchId, [FromServices] DeliveryReceipts receipts, CancellationToken cancellationToken)
    {
        var outcome = await receipts.QueueAsync(dispatchId, cancellationToken);
        if (ApiProblems.IsForbidden(outcome.Error))
            return Forbid();
        if (!outcome.Succeeded)
        {
            TempData["Problem"] = ApiProblems.Localize(outcome.Error!, localizer);
            return RedirectToAction(nameof(Index));
        }
        TempData["Notice"] = localizer["The delivery receipt is queued for the receipt printer."].Value;
        return RedirectToAction("Details", "Requests", new { id = outcome.Value });
    }
}
