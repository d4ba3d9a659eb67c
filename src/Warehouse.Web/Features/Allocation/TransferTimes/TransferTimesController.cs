using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Warehouse.Domain.Common;

namespace Warehouse.Web.Features.Allocation.TransferTimes;

public sealed record TransferTimesPage(DateOnly From, DateOnly To, IReadOnlyList<TransferTimeRow> Rows, TimeSpan Target);

[Authorize]
[Route("Reports/TransferTimes")]
public sealed class TransferTimesController(AllocationQueries queries, BureauClock clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var end = to ?? clock.Today;
        var start = from ?? end.AddDays(-30);
        if (start > end)
            (start, end) = (end, start);
        return View(new TransferTimesPage(start, end, await queries.TransferTimesAsync(start, end, cancellationToken), queries.Target));
    }
}
