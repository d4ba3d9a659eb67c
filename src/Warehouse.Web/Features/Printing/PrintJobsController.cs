using Warehouse.Web.Configuration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Warehouse.Domain.Printing;
using Warehouse.Web.Features.Shared;

namespace Warehouse.Web.Features.Printing;

public sealed record PrintJobRow(long Id, PrintJobKind Kind, string Title, int? PrinterId, string PrinterName, PrintJobState State, int Attempts,
    string? LastError, DateTime CreatedAt, DateTime? PrintedAt, DateTime NextAttemptAt, string CreatedBy, bool CanPreview)
{
    /// Only a job still waiting may be moved or cancelled (the job itself refuses otherwise); it shows its next attempt.
    public bool IsWaiting => State == PrintJobState.Pending;
}

public sealed record PrinterChoiceOption(int? Id, string Name);

/// The print queue page; <see cref="CanManagePrinters"/> links to the printers page.
public sealed record PrintJobsPage(IReadOnlyList<PrintJobRow> Rows, IReadOnlyList<PrinterChoiceOption> Printers, PrintJobState? State,
    int? DocumentId, PagerModel Pager, bool CanManagePrinters);

public sealed record PrintJobPreview(PrintJobRow Job, string PaperLabel, int Columns, IReadOnlyList<string> Lines);

/// The print queue: every job's state and last error, its receipt as a preview, and reprint, move or cancel.
[Authorize(Policy = Policies.PostStock)]
public sealed class PrintJobsController(PrintJobDesk desk) : Controller
{
    public async Task<IActionResult> Index(PrintJobState? state, int? document, int page = 1, CancellationToken cancellationToken = default)
    {
        var path = Url.Action(nameof(Index))!;
        return View(await desk.PageAsync(state, document, page, path, Request.Query, cancellationToken));
    }

    public async Task<IActionResult> Preview(long id, CancellationToken cancellationToken) =>
        await desk.PreviewAsync(id, cancellationToken) is { } preview ? View(preview) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Reprint(long id, int? printerId, CancellationToken cancellationToken) =>
        Answer(await desk.ReprintAsync(id, printerId, cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Move(long id, int? printerId, CancellationToken cancellationToken) =>
        Answer(await desk.MoveAsync(id, printerId, cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Cancel(long id, CancellationToken cancellationToken) =>
        Answer(await desk.CancelAsync(id, cancellationToken));

    private IActionResult Answer(PrintJobChange change)
    {
        if (!change.Found)
            return NotFound();
        if (!change.Allowed)
            return Forbid();
        if (change.Notice is not null)
            TempData["Notice"] = change.Notice;
        if (change.Problem is not null)
            TempData["Problem"] = change.Problem;
        return RedirectToAction(nameof(Index));
    }
}
