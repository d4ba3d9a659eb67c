using Warehouse.Web.Configuration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Data.Auditing;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;
using Warehouse.Hardware.EscPos;
using Warehouse.Web.Features.Shared;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Printing;

public sealed record PrintJobRow(long Id, PrintJobKind Kind, string Title, int? PrinterId, string PrinterName, PrintJobState State, int Attempts,
    string? LastError, DateTime CreatedAt, DateTime? PrintedAt, DateTime NextAttemptAt, string CreatedBy, bool CanPreview);

public sealed record PrinterChoiceOption(int? Id, string Name);

public sealed record PrintJobsPage(IReadOnlyList<PrintJobRow> Rows, IReadOnlyList<PrinterChoiceOption> Printers, PrintJobState? State, int? DocumentId,
    PagerModel Pager);

public sealed record PrintJobPreview(PrintJobRow Job, string PaperLabel, int Columns, IReadOnlyList<string> Lines);

/// The print queue: every job's state and last error, its receipt as a preview, and reprint, move or cancel.
[Authorize(Policy = Policies.PostStock)]
public sealed class PrintJobsController(WarehouseDbContext db, CurrentUser user, BureauClock clock, AuditTrail audit, PrintTargets targets,
    PrintJobRenderer renderer, IStringLocalizer<SharedResource> localizer) : Controller
{
    private const int PageSize = 50;

    public async Task<IActionResult> Index(PrintJobState? state, int? document, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = Visible();
        if (state is { } s)
            query = query.Where(j => j.State == s);
        if (document is { } d)
            query = query.Where(j => j.DocumentId == d);
        var total = await query.CountAsync(cancellationToken);
        page = Math.Max(1, page);
        var rows = await Rows(query.OrderByDescending(j => j.Id).Skip((page - 1) * PageSize).Take(PageSize)).ToListAsync(cancellationToken);
        var printers = await db.Printers.AsNoTracking().Where(p => !user.IsDepotBound || user.Depots.Contains(p.DepotId)).OrderBy(p => p.Name)
            .Select(p => new PrinterChoiceOption(p.Id, p.Name)).ToListAsync(cancellationToken);
        printers.Insert(0, new PrinterChoiceOption(null, PrintTargets.DefaultName));
        var pager = new PagerModel(page, Math.Max(1, (total + PageSize - 1) / PageSize), total, "/PrintJobs", Request.Query);
        return View(new PrintJobsPage(rows.Select(Name).ToList(), printers, state, document, pager));
    }

    /// The receipt as the printer would show it, decoded from the job's bytes (the same decoding as the printer
    /// simulator's); a stock note is rendered from its document for the job's printer.
    public async Task<IActionResult> Preview(long id, CancellationToken cancellationToken)
    {
        var job = await Visible().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null)
            return NotFound();
        var row = Name(await Rows(Visible().Where(j => j.Id == id)).SingleAsync(cancellationToken));
        var target = await targets.ForAsync(db, job.PrinterId, cancellationToken);
        IReadOnlyList<string> lines = EscPosDecoder.Decode(await renderer.ContentAsync(job, target, cancellationToken), target.Width,
            target.StartsInChineseMode).Lines;
        if (job.Kind == PrintJobKind.DispatchSlip)
            lines = ReceiptPreview.MaskDeliveryCodes(lines, localizer["(delivery code hidden)"].Value);
        return View(new PrintJobPreview(row, target.Width.Label(), target.Width.Columns(), lines));
    }

    [HttpPost]
    public async Task<IActionResult> Reprint(long id, int? printerId, CancellationToken cancellationToken)
    {
        var job = await Visible().AsTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null)
            return NotFound();
        if (!await PrinterAllowedAsync(printerId, cancellationToken))
            return Forbid();
        var copy = job.Reprint(printerId ?? job.PrinterId, user.UserName, clock.UtcNow);
        db.PrintJobs.Add(copy);
        Audit(job, "reprint");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = localizer["{0} is queued again.", job.Title].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public Task<IActionResult> Move(long id, int? printerId, CancellationToken cancellationToken) =>
        ChangeAsync(id, job => job.MoveTo(printerId, clock.UtcNow), "move", printerId, cancellationToken);

    [HttpPost]
    public Task<IActionResult> Cancel(long id, CancellationToken cancellationToken) =>
        ChangeAsync(id, job => job.Cancel(), "cancel", null, cancellationToken);

    private async Task<IActionResult> ChangeAsync(long id, Action<PrintJob> change, string what, int? printerId, CancellationToken cancellationToken)
    {
        var job = await Visible().AsTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null)
            return NotFound();
        if (!await PrinterAllowedAsync(printerId, cancellationToken))
            return Forbid();
        try
        {
            change(job);
            Audit(job, what);
            await db.SaveChangesAsync(cancellationToken);
            TempData["Notice"] = localizer["{0} changed.", job.Title].Value;
        }
        catch (DomainException e)
        {
            TempData["Problem"] = ApiProblems.Localize(e.Error, localizer);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Problem"] = localizer["Error.PrintJobBusy", id].Value;
        }
        return RedirectToAction(nameof(Index));
    }

    private void Audit(PrintJob job, string what) =>
        audit.Record(AuditActions.PrintJobChanged, $"print job {job.Id}", $"{what} {job.Title}");

    private async Task<bool> PrinterAllowedAsync(int? printerId, CancellationToken cancellationToken) =>
        printerId is null || await db.Printers.AnyAsync(p => p.Id == printerId && (!user.IsDepotBound || user.Depots.Contains(p.DepotId)), cancellationToken);

    /// Keepers see the jobs of their own depots (a dispatch slip carries a delivery code).
    private IQueryable<PrintJob> Visible()
    {
        var depots = user.Depots;
        return user.IsDepotBound
            ? db.PrintJobs.AsNoTracking().Where(j => j.DepotId != null && depots.Contains(j.DepotId.Value))
            : db.PrintJobs.AsNoTracking();
    }

    private static IQueryable<PrintJobRow> Rows(IQueryable<PrintJob> jobs) =>
        jobs.Select(j => new PrintJobRow(j.Id, j.Kind, j.Title, j.PrinterId, j.Printer == null ? "" : j.Printer.Name, j.State, j.Attempts, j.LastError,
            j.CreatedAt, j.PrintedAt, j.NextAttemptAt, j.CreatedBy, j.Content != null || j.DocumentId != null || j.Kind == PrintJobKind.DispatchSlip));

    private static PrintJobRow Name(PrintJobRow row) => row.PrinterId is null ? row with { PrinterName = PrintTargets.DefaultName } : row;
}
