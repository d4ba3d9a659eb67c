using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Warehouse.Web.Configuration;

namespace Warehouse.Web.Features.Admin.Import;

/// Bringing a bureau's catalog in from Excel: the template, an upload with its preview, and the confirmation that
/// writes it all or nothing. Administrators only.
[Authorize(Policy = Policies.EditCatalog)]
[Route("Admin/Import/{action=Index}")]
public sealed class ImportController(ImportPages pages, ImportTemplate template, CatalogExport export, StockExport stock) : Controller
{
    private const long MaxUpload = 50 * 1024 * 1024;

    [HttpGet]
    public IActionResult Index() => View();

    [HttpGet]
    public IActionResult Template() => File(template.Build(), ImportTemplate.ContentType, "warehouse-import.xlsx");

    /// The catalog in the template's layout, to edit and import back.
    [HttpGet]
    public async Task<IActionResult> Export(CancellationToken cancellationToken) =>
        File(await export.BuildAsync(cancellationToken), ImportTemplate.ContentType, "warehouse-catalog.xlsx");

    /// The stock on hand in the opening-stock sheet's layout, to import into another installation.
    [HttpGet]
    public async Task<IActionResult> ExportStock(CancellationToken cancellationToken) =>
        File(await stock.BuildAsync(cancellationToken), ImportTemplate.ContentType, "warehouse-stock.xlsx");

    [HttpPost, RequestSizeLimit(MaxUpload), RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken cancellationToken) =>
        View("Preview", await pages.PreviewAsync(file, cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Confirm(string? id, string? fileName, CancellationToken cancellationToken) =>
        View("Preview", await pages.ConfirmAsync(id, fileName, cancellationToken));
}
