using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Warehouse.Web.Configuration;
using Warehouse.Web.Features.Exports;

namespace Warehouse.Web.Features.Admin.Import;

/// Bringing a bureau's catalog in from Excel: the template, an upload that runs as a background job with its progress
/// and preview, and the confirmation that writes it all or nothing. Administrators only.
[Authorize(Policy = Policies.EditCatalog)]
[Route("Admin/Import/{action=Index}/{id?}")]
public sealed class ImportController(ImportJobs jobs, ImportTemplate template, ExportDesk exports) : Controller
{
    private const long MaxUpload = 50 * 1024 * 1024;

    /// The upload form, with the caller's latest import and the one running now.
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await jobs.IndexAsync(cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Template(CancellationToken cancellationToken) =>
        File(await template.BuildAsync(cancellationToken), ImportTemplate.ContentType, "warehouse-import.xlsx");

    /// The catalog in the template's layout, to edit and import back; a large one is written in the background.
    [HttpGet]
    public async Task<IActionResult> Export(CancellationToken cancellationToken) =>
        await exports.AnswerAsync(new ExportOrder("warehouse-catalog.xlsx",
            token => Catalog(HttpContext.RequestServices).CountAsync(token),
            (services, output, counted, token) => Catalog(services).WriteAsync(output, counted, token)), cancellationToken)
        ?? this.ExportsBusy();

    /// The stock on hand in the opening-stock sheet's layout, to import into another installation.
    [HttpGet]
    public async Task<IActionResult> ExportStock(CancellationToken cancellationToken) =>
        await exports.AnswerAsync(new ExportOrder("warehouse-stock.xlsx",
            token => Stock(HttpContext.RequestServices).CountAsync(token),
            (services, output, counted, token) => Stock(services).WriteAsync(output, counted, token)), cancellationToken)
        ?? this.ExportsBusy();

    /// Starts the upload's job and shows it; the import page with the reason when none can start.
    [HttpPost, RequestSizeLimit(MaxUpload), RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken cancellationToken) =>
        Show(await jobs.StartAsync(file, cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Job(string? id, CancellationToken cancellationToken) =>
        await jobs.PageAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    /// The running job's stage and rows, for the page's progress bar.
    [HttpGet]
    public async Task<IActionResult> Progress(string? id, CancellationToken cancellationToken) =>
        await jobs.ProgressAsync(id, cancellationToken) is { } progress ? Json(progress) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Confirm(string? id, CancellationToken cancellationToken) =>
        Show(await jobs.ConfirmAsync(id, cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Cancel(string? id, CancellationToken cancellationToken) =>
        Show(await jobs.CancelAsync(id, cancellationToken));

    private static CatalogExport Catalog(IServiceProvider services) => services.GetRequiredService<CatalogExport>();

    private static StockExport Stock(IServiceProvider services) => services.GetRequiredService<StockExport>();

    /// Back to the job's page when the request was done; its page or the import page with the refusal when not.
    private IActionResult Show(ImportAnswer answer) => answer switch
    {
        { Refused: { } page } => View(nameof(Job), page),
        { JobKey: { } key } => RedirectToAction(nameof(Job), new { id = key }),
        _ => View(nameof(Index), answer.Index),
    };
}
