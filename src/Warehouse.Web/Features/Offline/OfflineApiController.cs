using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Web.Configuration;
using Warehouse.Web.Features.Api;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Offline;

/// What a handheld keeps for working with no network.
[Route("api/offline")]
[Authorize(AuthenticationSchemes = ApiAuthentication.Scheme, Policy = Policies.PostStock)]
public sealed class OfflineApiController(OfflineCatalog catalog, IStringLocalizer<SharedResource> localizer)
    : WarehouseApiController(localizer)
{
    /// The codes the caller's depots need to resolve scans offline (items, locations, batches, units).
    [HttpGet("catalog")]
    public async Task<ActionResult<OfflineCodes>> Catalog(CancellationToken cancellationToken) =>
        await catalog.ForCallerAsync(cancellationToken);
}
