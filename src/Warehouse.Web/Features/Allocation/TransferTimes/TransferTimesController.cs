using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Allocation.TransferTimes;

public sealed record TransferTimesPage(DateOnly From, DateOnly To, IReadOnlyList<TransferTimeRow> Rows, TimeSpan Target);

[Authorize]
[Route("Reports/TransferTimes")]
public sealed class TransferTimesController(AllocationQueries queries, BureauClock clock) : Controller
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
        return View(new TransferTimesPage(start, end, await queries.TransferTimesAsync(start, end, cancellationToken), queries.Target));
    }
}
