using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Web.Configuration;
using Warehouse.Web.Features.Api;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Integrity;

[Route("api/audit")]
[Authorize(AuthenticationSchemes = ApiAuthentication.Scheme, Policy = Policies.VerifyIntegrity)]
public sealed class AuditVerifyApiController(IntegrityVerification verification, IStringLocalizer<SharedResource> localizer)
    : WarehouseApiController(localizer)
{
    /// The latest check at once: `{ "intact": true, "through": N, "chains": [...], "checkedAt": …, "running": false }`, or
    /// the first row that breaks; 204 before any check has run.
    [HttpGet("verify")]
    public async Task<ActionResult<ChainVerdict>> Verify(CancellationToken cancellationToken) =>
        await verification.LatestAsync(cancellationToken) is { } verdict ? verdict : NoContent();

    /// Starts a check now in the background (or joins the one running): 202, then GET the location until `running` is
    /// false and `checkedAt` is newer. Verifying changes nothing, so auditors may.
    [HttpPost("verify"), AuditorWork]
    public async Task<IActionResult> Start(CancellationToken cancellationToken)
    {
        await verification.StartAsync(cancellationToken);
        return Accepted(Url.Action(nameof(Verify)));
    }
}
