using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Warehouse.Web.Configuration;

namespace Warehouse.Web.Features.Agents;

/// What a scan box page asks for the scans a station agent's serial scanner forwarded: it waits here for the next one.
[Authorize(Policy = Policies.PostStock)]
public sealed class StationScansController(StationScanners scanners) : Controller
{
    public async Task<IActionResult> Index(int station, long after, CancellationToken cancellationToken)
    {
        try
        {
            return await scanners.AfterAsync(station, after, cancellationToken) is { } scans ? Json(scans) : NotFound();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The page went away while waiting: nobody reads the answer.
            return new EmptyResult();
        }
    }
}
