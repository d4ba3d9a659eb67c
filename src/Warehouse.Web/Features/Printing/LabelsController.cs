using Warehouse.Web.Configuration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Data.Printing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;
using Warehouse.Hardware.Barcodes;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Printing;

public sealed record LabelsPage(LabelKind Kind, string? Search, IReadOnlyList<LabelRow> Rows, IReadOnlyList<PrinterChoiceOption> Printers);

public sealed record LabelSheetLabel(LabelContent Label, string Svg);

public sealed record LabelSheet(LabelKind Kind, IReadOnlyList<LabelSheetLabel> Labels);

/// Labels for items, bins, batches and equipment units: an A4 sheet printed from the browser, or a strip on the
/// receipt printer, for one record or a selection.
[Authorize(Policy = Policies.PostStock)]
public sealed class LabelsController(WarehouseDbContext db, LabelSource source, CurrentUser user, BureauClock clock, PrintTargets targets,
    ReceiptComposer composer, IStringLocalizer<SharedResource> localizer) : Controller
{
    public async Task<IActionResult> Index(LabelKind kind = LabelKind.Item, string? search = null, CancellationToken cancellationToken = default)
    {
        var rows = await source.FindAsync(kind, search, null, Depots, cancellationToken);
        var printers = await db.Printers.AsNoTracking().Where(p => !user.IsDepotBound || user.Depots.Contains(p.DepotId)).OrderBy(p => p.Name)
            .Select(p => new PrinterChoiceOption(p.Id, p.Name)).ToListAsync(cancellationToken);
        return View(new LabelsPage(kind, search, rows, printers));
    }

    public async Task<IActionResult> Sheet(LabelKind kind, [FromQuery] int[] ids, CancellationToken cancellationToken)
    {
        var rows = await source.FindAsync(kind, null, ids, Depots, cancellationToken);
        if (rows.Count == 0)
            return NotFound();
        var labels = rows.Select(r => new LabelSheetLabel(r.Label,
                BarcodeRenderer.Code128Svg(Code128.Encode(r.Label.Code), new BarcodeImageOptions { ModuleSize = 2, BarHeight = 40 })))
            .ToList();
        return View(new LabelSheet(kind, labels));
    }

    [HttpPost]
    public async Task<IActionResult> Print(LabelKind kind, int[] ids, int? printerId, CancellationToken cancellationToken)
    {
        var rows = ids.Length == 0 ? [] : await source.FindAsync(kind, null, ids, Depots, cancellationToken);
        if (rows.Count == 0)
        {
            TempData["Problem"] = localizer["Choose at least one label."].Value;
            return RedirectToAction(nameof(Index), new { kind });
        }
        if (printerId is not null && !await db.Printers.AnyAsync(p => p.Id == printerId && (!user.IsDepotBound || user.Depots.Contains(p.DepotId)), cancellationToken))
            return Forbid();
        int? depotId = user.Depots.Count > 0 ? user.Depots[0] : null;
        var chosen = printerId ?? (depotId is { } depot ? await PrinterChoice.ForAsync(db, depot, user.StationId, cancellationToken) : null);
        var target = await targets.ForAsync(db, chosen, cancellationToken);
        var title = $"{localizer[$"LabelKind.{kind}"].Value} × {rows.Count}";
        db.PrintJobs.Add(PrintJob.Rendered(PrintJobKind.Label, title, composer.Labels(rows.Select(r => r.Label).ToList(), target), chosen,
            target.PrinterId is null ? depotId : await db.Printers.Where(p => p.Id == chosen).Select(p => (int?)p.DepotId).SingleAsync(cancellationToken),
            user.UserName, clock.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = localizer["{0} is queued.", title].Value;
        return RedirectToAction("Index", "PrintJobs");
    }

    private IReadOnlyList<int>? Depots => user.IsDepotBound ? user.Depots : null;
}
