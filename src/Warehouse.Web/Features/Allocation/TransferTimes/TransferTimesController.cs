using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Allocation.TransferTimes;

[Authorize]
[Route("Reports/TransferTimes")]
public sealed class TransferTimesController(TransferTimesReport report, BureauClock clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([DateFilter] DateOnly? from, [DateFilter] DateOnly? to, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            from = to = null;
        }
        var end = to ?? clock.Today;
        var start = from ?? end.AddDays(-30);
        if (start > end)
            (start, end) = (end, start);
        return View(await report.PageAsync(start, end, cancellationToken));
    }
}
