using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;

namespace Warehouse.Web.Features.Allocation.Board;

public sealed record BoardRow(RequestRow Request, DateTime? TargetAt, bool Overdue);

/// The live board: open requests, the most urgent first — overdue ones, then by level, then by the nearest deadline.
[Authorize]
[Route("Board")]
public sealed class BoardController(AllocationQueries queries, BureauClock clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var rows = (await queries.ListAsync(null, null, openOnly: true, cancellationToken))
            .Select(r =>
            {
                var target = r.SubmittedAt?.Add(queries.Target);
                var deadline = target is { } t && t < r.NeededBy ? t : r.NeededBy;
                return new BoardRow(r, target, deadline < now);
            })
            .OrderByDescending(r => r.Overdue)
            .ThenBy(r => r.Request.Level)
            .ThenBy(r => r.TargetAt is { } t && t < r.Request.NeededBy ? t : r.Request.NeededBy)
            .ToList();
        return View(rows);
    }
}
