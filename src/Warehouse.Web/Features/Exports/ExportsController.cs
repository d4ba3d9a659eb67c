using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Warehouse.Web.Features.Stock.Export;

namespace Warehouse.Web.Features.Exports;

/// A large export written in the background: its page, its progress, its file and cancelling it, each for the user
/// who asked for it alone, from whichever app instance the request reaches.
[Authorize]
[Route("Exports/{action}/{id}")]
public sealed class ExportsController(ExportJobPages pages) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Job(string id, CancellationToken cancellationToken) =>
        await pages.PageAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    /// The running job's rows, for the page's progress bar.
    [HttpGet]
    public async Task<IActionResult> Progress(string id, CancellationToken cancellationToken) =>
        await pages.ProgressAsync(id, cancellationToken) is { } progress ? Json(progress) : NotFound();

    [HttpGet]
    public async Task<IActionResult> Download(string id, CancellationToken cancellationToken) =>
        await pages.ReadyAsync(id, cancellationToken) is { } file
            ? File(file.Content, ExcelExport.ContentType, file.FileName)
            : NotFound();

    [HttpPost]
    public async Task<IActionResult> Cancel(string id, CancellationToken cancellationToken) =>
        await pages.CancelAsync(id, cancellationToken) ? RedirectToAction(nameof(Job), new { id }) : NotFound();
}
