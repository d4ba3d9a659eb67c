using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Warehouse.Data;
using Warehouse.Data.Auditing;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;
using Warehouse.Hardware.EscPos;
using Warehouse.Hardware.Zpl;
using Warehouse.Web.Configuration;
using Warehouse.Web.Features.Shared;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Printing;

/// What came of a change to a print job: not found, a printer the caller may not use, or the notice or problem to show.
public sealed record PrintJobChange(bool Found, bool Allowed, string? Notice, string? Problem);

/// The print queue as the caller may see it (keepers see their own depots' jobs: a dispatch slip carries a delivery
/// code), and its changes: reprint, move, cancel, each audited.
public sealed class PrintJobDesk(WarehouseDbContext db, CurrentUser user, BureauClock clock, AuditTrail audit, PrintTargets targets,
    PrintJobRenderer renderer, PrinterPages printers, CallerPermissions permissions, IStringLocalizer<SharedResource> localizer)
{
    public const int PageSize = 50;

    /// How many jobs past the page shown the pager counts before it says "more than".
    public const int CountedAhead = 10_000;

    /// The last page anyone may ask for (a million pages of fifty): beyond it the page number is taken as this.
    private const int MaxPage = 1_000_000;

    /// One page of the queue, newest first, filtered by state and by posted note; <paramref name="path"/> and
    /// <paramref name="query"/> make the pager's links.
    public async Task<PrintJobsPage> PageAsync(PrintJobState? state, int? document, int page, string path, IQueryCollection query,
        CancellationToken cancellationToken)
    {
        var jobs = Visible();
        if (state is { } s)
            jobs = jobs.Where(j => j.State == s);
        if (document is { } d)
            jobs = jobs.Where(j => j.DocumentId == d);
        page = Math.Clamp(page, 1, MaxPage);
        var skipped = (page - 1) * PageSize;
        // Counted no further than a stretch past the page shown: every job ever printed, counted on each look at the queue,
        // grows with the years (10 ms of PostgreSQL's time at 200,000 jobs) and tells a keeper nothing.
        var counted = await jobs.Take(skipped + CountedAhead + 1).CountAsync(cancellationToken);
        var more = counted > skipped + CountedAhead;
        var total = more ? counted - 1 : counted;
        var rows = await Rows(jobs.OrderByDescending(j => j.Id).Skip(skipped).Take(PageSize)).ToListAsync(cancellationToken);
        var choices = await printers.ChoicesAsync(cancellationToken);
        choices.Insert(0, new PrinterChoiceOption(null, PrintTargets.DefaultName));
        var pager = new PagerModel(page, Math.Max(1, (total + PageSize - 1) / PageSize), total, path, query, more);
        return new PrintJobsPage(rows.Select(Name).ToList(), choices, state, document, pager,
            await permissions.MayAsync(Policies.ManagePrinters));
    }

    /// The receipt as the printer would show it, decoded from the job's bytes (the same decoding as the printer
    /// simulator's); a stock note is rendered from its document for the job's printer.
    public async Task<PrintJobPreview?> PreviewAsync(long id, CancellationToken cancellationToken)
    {
        var job = await Visible().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null)
            return null;
        var row = Name(await Rows(Visible().Where(j => j.Id == id)).SingleAsync(cancellationToken));
        var target = await targets.ForAsync(db, job.PrinterId, cancellationToken);
        var content = await renderer.ContentAsync(job, target, cancellationToken);
        IReadOnlyList<string> lines = ZplDecoder.IsZpl(content)
            ? ZplDecoder.Decode(content).Lines
            : EscPosDecoder.Decode(content, target.Width, target.StartsInChineseMode).Lines;
        if (job.Kind == PrintJobKind.DispatchSlip)
            lines = ReceiptPreview.MaskDeliveryCodes(lines, localizer["(delivery code hidden)"].Value);
        var paper = target.Labels is { } labels ? $"{labels.WidthMm} × {labels.HeightMm} mm, {labels.Dpi} dpi" : target.Width.Label();
        return new PrintJobPreview(row, paper, target.Width.Columns(), lines);
    }

    public async Task<PrintJobChange> ReprintAsync(long id, int? printerId, CancellationToken cancellationToken)
    {
        var job = await Visible().AsTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null)
            return new(false, true, null, null);
        if (!await printers.MayUseAsync(printerId, cancellationToken))
            return new(true, false, null, null);
        db.PrintJobs.Add(job.Reprint(printerId ?? job.PrinterId, user.UserName, clock.UtcNow));
        Audit(job, "reprint");
        await db.SaveChangesAsync(cancellationToken);
        return new(true, true, localizer["{0} is queued again.", job.Title].Value, null);
    }

    public Task<PrintJobChange> MoveAsync(long id, int? printerId, CancellationToken cancellationToken) =>
        ChangeAsync(id, job => job.MoveTo(printerId, clock.UtcNow), "move", printerId, cancellationToken);

    public Task<PrintJobChange> CancelAsync(long id, CancellationToken cancellationToken) =>
        ChangeAsync(id, job => job.Cancel(), "cancel", null, cancellationToken);

    private async Task<PrintJobChange> ChangeAsync(long id, Action<PrintJob> change, string what, int? printerId,
        CancellationToken cancellationToken)
    {
        var job = await Visible().AsTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null)
            return new(false, true, null, null);
        if (!await printers.MayUseAsync(printerId, cancellationToken))
            return new(true, false, null, null);
        try
        {
            change(job);
            Audit(job, what);
            await db.SaveChangesAsync(cancellationToken);
            return new(true, true, localizer["{0} changed.", job.Title].Value, null);
        }
        catch (DomainException e)
        {
            return new(true, true, null, ApiProblems.Localize(e.Error, localizer));
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(true, true, null, localizer["Error.PrintJobBusy", id].Value);
        }
    }

    private void Audit(PrintJob job, string what) =>
        audit.Record(AuditActions.PrintJobChanged, $"print job {job.Id}", $"{what} {job.Title}");

    private IQueryable<PrintJob> Visible()
    {
        var depots = user.Depots;
        return user.IsDepotBound
            ? db.PrintJobs.AsNoTracking().Where(j => j.DepotId != null && depots.Contains(j.DepotId.Value))
            : db.PrintJobs.AsNoTracking();
    }

    private static IQueryable<PrintJobRow> Rows(IQueryable<PrintJob> jobs) =>
        jobs.Select(j => new PrintJobRow(j.Id, j.Kind, j.Title, j.PrinterId, j.Printer == null ? "" : j.Printer.Name, j.State, j.Attempts,
            j.LastError, j.CreatedAt, j.PrintedAt, j.NextAttemptAt, j.CreatedBy,
            j.Content != null || j.DocumentId != null || j.Kind == PrintJobKind.DispatchSlip));

    private static PrintJobRow Name(PrintJobRow row) => row.PrinterId is null ? row with { PrinterName = PrintTargets.DefaultName } : row;
}
