using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Web.Configuration;
using Warehouse.Web.Features.Api;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Allocation.Delivery;

/// A delivery confirmed on a handheld with no network: the slip's code, when the receiver confirmed it on the device, and
/// the client id the device queued it under.
public sealed class QueuedDelivery
{
    [Required, MaxLength(120)]
    public string? Code { get; set; }

    [Required]
    public DateTimeOffset? ConfirmedAt { get; set; }

    [Required, MaxLength(64)]
    public string? ClientId { get; set; }

    [MaxLength(500)]
    public string? Note { get; set; }

    /// The receiver's name and signature (a PNG data URL from the pad), when the handheld took one; both or neither.
    [MaxLength(50)]
    public string? Signer { get; set; }

    /// Checked by the signature's own rules (PNG, size), so that an oversized one is refused like any other bad signature.
    public string? Signature { get; set; }

    /// Where the receiver signed, when the device knew.
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public double? Accuracy { get; set; }

    /// The signature to take with the confirmation, or none when the device sent none.
    public HandOverSigning? ToSigning() => Signer is null && Signature is null
        ? null
        : new(Signer, Signature, Text(Latitude), Text(Longitude), Text(Accuracy));

    private static string? Text(double? value) => value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}

/// Confirmations of delivery a handheld queued while offline, sent when the network returns: everything received as
/// sent, at the device's time; a resend is answered as the first time.
[ApiController]
[Route("api/deliveries")]
[Authorize(AuthenticationSchemes = ApiAuthentication.Scheme, Policy = Policies.ConfirmDelivery)]
[ApiAntiforgery]
[IgnoreAntiforgeryToken]
public sealed class DeliveriesApiController(QueuedDeliveries deliveries, IStringLocalizer<SharedResource> localizer)
    : ControllerBase
{
    /// The largest body taken: a signature pad's PNG is far smaller; a larger body is refused before it is read.
    public const int MaxBodyBytes = 1024 * 1024;

    [HttpPost]
    [RequestSizeLimit(MaxBodyBytes)]
    public async Task<IActionResult> Confirm(QueuedDelivery body,
        [FromHeader(Name = PostingsController.OfflineQueuedHeader)] DateTimeOffset? queuedAt, CancellationToken cancellationToken)
    {
        var outcome = await deliveries.ConfirmAsync(body, queuedAt, cancellationToken);
        return outcome.Succeeded ? Ok(new { requestId = outcome.Value }) : ApiProblems.From(outcome.Error!, localizer);
    }
}
