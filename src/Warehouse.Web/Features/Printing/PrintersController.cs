using Warehouse.Web.Configuration;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Printing;

public sealed class PrinterForm
{
    [Required(ErrorMessage = "Enter a name."), MaxLength(60), Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Depot")]
    public int DepotId { get; set; }

    [Required(ErrorMessage = "Enter the printer's address."), MaxLength(Printer.MaxAddressLength), Display(Name = "Address")]
    public string Address { get; set; } = Printer.Virtual;

    public PaperSize Paper { get; set; } = PaperSize.Mm80;

    public ReceiptEncoding Encoding { get; set; } = ReceiptEncoding.Gb18030;

    public PrinterKind Kind { get; set; } = PrinterKind.Receipt;

    public int LabelWidthMm { get; set; } = LabelSettings.Default.WidthMm;

    public int LabelHeightMm { get; set; } = LabelSettings.Default.HeightMm;

    public int LabelDpi { get; set; } = LabelSettings.Default.Dpi;

    [MaxLength(LabelSettings.MaxFontLength)]
    public string? LabelFont { get; set; } = LabelSettings.DefaultFont;
}

public sealed record PrinterRow(int? Id, string Name, string? DepotName, string Address, PaperSize? Paper, ReceiptEncoding? Encoding, int OpenJobs,
    LabelSettings? Labels = null);

public sealed record PrintersPage(IReadOnlyList<PrinterRow> Rows, IReadOnlyList<Depot> Depots, PrinterForm Form, int? EditingId,
    IReadOnlyList<Agents.AgentView> Agents);

[Authorize(Policy = Policies.ManagePrinters)]
public sealed class PrintersController(PrinterPages pages, PrinterAdministration printers, ManualPrints prints, PrinterStatusProbe probe,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await pages.PageAsync(new PrinterForm(), null, cancellationToken));

    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await pages.FormAsync(id, cancellationToken) is { } form
            ? View("Index", await pages.PageAsync(form, id, cancellationToken))
            : NotFound();

    [HttpPost]
    public async Task<IActionResult> Create(PrinterForm form, CancellationToken cancellationToken) =>
        await SaveAsync(null, form, cancellationToken);

    [HttpPost]
    public async Task<IActionResult> Edit(int id, PrinterForm form, CancellationToken cancellationToken) =>
        await SaveAsync(id, form, cancellationToken);

    /// Queues a test page: it goes through the queue like any receipt, so it also shows how the queue is doing.
    [HttpPost]
    public async Task<IActionResult> Test(int? id, CancellationToken cancellationToken)
    {
        if (id is { } printerId && !await pages.ExistsAsync(printerId, cancellationToken))
            return NotFound();
        var name = await prints.QueueTestPageAsync(id, cancellationToken);
        TempData["Notice"] = localizer["A test page is on its way to {0}.", name].Value;
        return RedirectToAction("Index", "PrintJobs");
    }

    public async Task<IActionResult> Status(int? id, CancellationToken cancellationToken) =>
        await probe.ProbeAsync(id, cancellationToken) is { } answer ? Json(answer) : NotFound();

    private async Task<IActionResult> SaveAsync(int? id, PrinterForm form, CancellationToken cancellationToken)
    {
        var saved = await printers.SaveAsync(id, form, ModelState.IsValid, cancellationToken);
        if (!saved.Found)
            return NotFound();
        foreach (var error in saved.Errors)
            ModelState.AddModelError(error.Field, error.Message);
        if (!saved.Succeeded)
            return View("Index", await pages.PageAsync(form, id, cancellationToken));
        TempData["Notice"] = localizer["Printer {0} saved.", saved.Name!].Value;
        return RedirectToAction(nameof(Index));
    }
}
