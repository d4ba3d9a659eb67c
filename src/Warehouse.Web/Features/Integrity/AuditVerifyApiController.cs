using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Auditing;
using Warehouse.Web.Configuration;
using Warehouse.Web.Features.Api;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Integrity;

[Route("api/audit")]
[Authorize(AuthenticationSchemes = ApiAuthentication.Scheme, Policy = Policies.VerifyIntegrity)]
public sealed class AuditVerifyApiController(ChainVerifier verifier, IStringLocalizer<SharedResource> localizer)
    : WarehouseApiController(localizer)
{
    /// Walks both chains now: `{ "intact": true, "through": N, "chains": [...] }`, or the first row that breaks.
    [HttpGet("verify")]
    public async Task<ChainVerdict> Verify(CancellationToken cancellationToken) =>
        ChainVerdict.From(await verifier.VerifyAsync(cancellationToken));
}
