using Warehouse.Web.Configuration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Printing;

public sealed record LabelsPage(LabelKind Kind, string? Search, IReadOnlyList<LabelRow> Rows, IReadOnlyList<PrinterChoiceOption> Printers);

public sealed record LabelSheetLabel(LabelContent Label, IReadOnlyList<string> Svgs);

public sealed record LabelSheet(LabelKind Kind, IReadOnlyList<LabelSheetLabel> Labels);

/// Labels for items, bins, batches and equipment units: an A4 sheet printed from the browser, or a strip on the
/// receipt printer, for one record or a selection.
[Authorize(Policy = Policies.PostStock)]
public sealed class LabelsController(LabelSource source, PrinterPages printers, ManualPrints prints, CurrentUser user,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    public async Task<IActionResult> Index(LabelKind kind = LabelKind.Item, string? search = null, CancellationToken cancellationToken = default)
    {
        var rows = await source.FindAsync(kind, search, null, Depots, cancellationToken);
        return View(new LabelsPage(kind, search, rows, await printers.ChoicesAsync(cancellationToken)));
    }

    public async Task<IActionResult> Sheet(LabelKind kind, [FromQuery] int[] ids, CancellationToken cancellationToken)
    {
        var rows = await source.FindAsync(kind, null, ids, Depots, cancellationToken);
        if (rows.Count == 0)
            return NotFound();
        var labels = rows.Select(r => new LabelSheetLabel(r.Label, LabelPictures.Svgs(r.Label))).ToList();
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
        if (!await printers.MayUseAsync(printerId, cancellationToken))
            return Forbid();
        var title = $"{localizer[$"LabelKind.{kind}"].Value} × {rows.Count}";
        await prints.QueueLabelsAsync(title, rows, printerId, cancellationToken);
        TempData["Notice"] = localizer["{0} is queued.", title].Value;
        return RedirectToAction("Index", "PrintJobs");
    }

    private IReadOnlyList<int>? Depots => user.IsDepotBound ? user.Depots : null;
}
