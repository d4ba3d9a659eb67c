using Warehouse.Web.Configuration;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
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
}

public sealed record PrinterRow(int? Id, string Name, string? DepotName, string Address, PaperSize? Paper, ReceiptEncoding? Encoding, int OpenJobs);

public sealed record PrintersPage(IReadOnlyList<PrinterRow> Rows, IReadOnlyList<Depot> Depots, PrinterForm Form, int? EditingId);

[Authorize(Policy = Policies.ManagePrinters)]
public sealed class PrintersController(WarehouseDbContext db, CurrentUser user, BureauClock clock, PrintTargets targets, ReceiptComposer composer,
    PrinterAdministration printers, PrinterStatusProbe probe, IStringLocalizer<SharedResource> localizer) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await PageAsync(new PrinterForm(), null, cancellationToken));

    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var printer = await db.Printers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (printer is null)
            return NotFound();
        var form = new PrinterForm { Name = printer.Name, DepotId = printer.DepotId, Address = printer.Address, Paper = printer.Paper, Encoding = printer.Encoding };
        return View("Index", await PageAsync(form, id, cancellationToken));
    }

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
        if (id is not null && !await db.Printers.AnyAsync(p => p.Id == id, cancellationToken))
            return NotFound();
        var target = await targets.ForAsync(db, id, cancellationToken);
        var depotId = id is null ? null : await db.Printers.Where(p => p.Id == id).Select(p => (int?)p.DepotId).SingleAsync(cancellationToken);
        db.PrintJobs.Add(PrintJob.Rendered(PrintJobKind.TestPage, target.Name, composer.TestPage(target), id,
            depotId, user.UserName, clock.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = localizer["A test page is on its way to {0}.", target.Name].Value;
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
            return View("Index", await PageAsync(form, id, cancellationToken));
        TempData["Notice"] = localizer["Printer {0} saved.", saved.Name!].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<PrintersPage> PageAsync(PrinterForm form, int? editingId, CancellationToken cancellationToken)
    {
        var open = await db.PrintJobs.Where(j => j.State == PrintJobState.Pending || j.State == PrintJobState.Printing)
            .GroupBy(j => j.PrinterId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var rows = await db.Printers.AsNoTracking().OrderBy(p => p.Depot!.Code).ThenBy(p => p.Name)
            .Select(p => new PrinterRow(p.Id, p.Name, p.Depot!.Name, p.Address, p.Paper, p.Encoding, 0))
            .ToListAsync(cancellationToken);
        var fallback = targets.Default;
        var all = rows.Prepend(new PrinterRow(null, fallback.Name, null, fallback.Address,
                fallback.Width == Hardware.EscPos.PaperWidth.Mm58 ? PaperSize.Mm58 : PaperSize.Mm80, null, 0))
            .Select(r => r with { OpenJobs = open.FirstOrDefault(o => o.Key == r.Id)?.Count ?? 0 })
            .ToList();
        var depots = await db.Depots.AsNoTracking().OrderBy(d => d.Code).ToListAsync(cancellationToken);
        return new PrintersPage(all, depots, form, editingId);
    }
}
