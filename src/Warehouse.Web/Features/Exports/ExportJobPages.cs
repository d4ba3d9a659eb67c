using Microsoft.Extensions.Localization;
using Warehouse.Data.Exporting;
using Warehouse.Domain.Common;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Exporting;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Exports;

/// What the export job's pages ask: the caller's own job, its progress, its file, and cancelling it. Each reads the
/// job's row, so any app instance answers, whichever one writes the workbook.
public sealed class ExportJobPages(ExportJobStore store, ExportJobBoard board, CurrentUser user, BureauClock clock,
    IStringLocalizer<SharedResource> localizer)
{
    public async Task<ExportJobPage?> PageAsync(string? key, CancellationToken cancellationToken) =>
        await FindAsync(key, cancellationToken) is { } job
            ? new ExportJobPage(job.Key, job.FileName, job.State, job.RowsDone, job.RowsTotal,
                job.EndedAt is { } ended ? clock.ToLocal(ended + board.Keep) : null)
            {
                // An auditor's account makes no changes at all, stopping an export included; theirs runs to its end.
                MayCancel = !user.IsInRole(Roles.Auditor),
            }
            : null;

    /// The running job's rows, in the shape the progress script reads.
    public async Task<ExportProgressView?> ProgressAsync(string? key, CancellationToken cancellationToken) =>
        await FindAsync(key, cancellationToken) is { } job
            ? new ExportProgressView(job.State.ToString(), localizer[$"ExportState.{job.State}"], job.RowsDone, job.RowsTotal,
                job.State == ExportJobState.Running)
            : null;

    /// The finished workbook's name and bytes.
    public async Task<ExportFile?> ReadyAsync(string? key, CancellationToken cancellationToken) =>
        await FindAsync(key, cancellationToken) is { State: ExportJobState.Ready } job
        && await store.WorkbookAsync(job.Id, cancellationToken) is { } content
            ? new ExportFile(job.FileName, content)
            : null;

    /// Cancels the caller's job if it still runs; false when there is no such job.
    public async Task<bool> CancelAsync(string? key, CancellationToken cancellationToken)
    {
        if (await FindAsync(key, cancellationToken) is not { } job)
            return false;
        if (job.State == ExportJobState.Running)
            await store.CancelAsync(job.Id, cancellationToken);
        return true;
    }

    private async Task<ExportJobView?> FindAsync(string? key, CancellationToken cancellationToken)
    {
        await board.SweepIfDueAsync(store, cancellationToken);
        return await store.FindAsync(key, user.UserName, board.Cutoffs, cancellationToken);
    }
}

/// A background export's page: progress while it runs, the download link and how long it is kept once ready.
public sealed record ExportJobPage(string Key, string FileName, ExportJobState State, int RowsDone, int RowsTotal, DateTime? KeptUntil)
{
    public bool IsRunning => State == ExportJobState.Running;

    /// Whether the caller may stop exports at all.
    public bool MayCancel { get; init; }

    public bool CanCancel => IsRunning && MayCancel;

    public bool CanDownload => State == ExportJobState.Ready;
}

/// A background export's progress as the page's script polls it.
public sealed record ExportProgressView(string Stage, string StageText, int Done, int Total, bool Running);

/// A finished export's workbook.
public sealed record ExportFile(string FileName, byte[] Content);
