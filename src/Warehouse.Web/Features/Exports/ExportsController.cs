using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Warehouse.Web.Features.Stock.Export;

namespace Warehouse.Web.Features.Exports;

/// A large export written in the background: its page, its progress, its file and cancelling it, each for the user
/// who asked for it alone.
[Authorize]
[Route("Exports/{action}/{id}")]
public sealed class ExportsController(ExportJobPages pages) : Controller
{
    [HttpGet]
    public IActionResult Job(string id) => pages.Page(id) is { } page ? View(page) : NotFound();

    /// The running job's rows, for the page's progress bar.
    [HttpGet]
    public IActionResult Progress(string id) => pages.Progress(id) is { } progress ? Json(progress) : NotFound();

    [HttpGet]
    public IActionResult Download(string id) => pages.Ready(id) is { } job
        ? PhysicalFile(job.Path, ExcelExport.ContentType, job.FileName)
        : NotFound();

    [HttpPost]
    public IActionResult Cancel(string id) => pages.Cancel(id) ? RedirectToAction(nameof(Job), new { id }) : NotFound();
}
