using Microsoft.Extensions.Localization;
using Warehouse.Domain.Common;
using Warehouse.Domain.Constants;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Exports;

/// What the export job's pages ask: the caller's own job, its progress, its file, and cancelling it.
public sealed class ExportJobPages(ExportJobBoard board, CurrentUser user, BureauClock clock, IConfiguration configuration,
    IStringLocalizer<SharedResource> localizer)
{
    public ExportJobPage? Page(string? key) => board.Find(key, user.UserName) is { } job
        ? new ExportJobPage(job.Key, job.FileName, job.State, job.RowsDone, job.RowsTotal,
            job.EndedAt is { } ended ? clock.ToLocal(ended.AddMinutes(configuration.GetValue("Exports:KeepMinutes", 60))) : null)
        {
            // An auditor's account makes no changes at all, stopping an export included; theirs runs to its end.
            MayCancel = !user.IsInRole(Roles.Auditor),
        }
        : null;

    /// The running job's rows, in the shape the progress script reads.
    public ExportProgressView? Progress(string? key) => board.Find(key, user.UserName) is { } job
        ? new ExportProgressView(job.State.ToString(), localizer[$"ExportState.{job.State}"], job.RowsDone, job.RowsTotal,
            job.State == ExportJobState.Running)
        : null;

    /// The finished workbook's path and name.
    public ExportJob? Ready(string? key) => board.Find(key, user.UserName) is { State: ExportJobState.Ready } job ? job : null;

    /// Cancels the caller's job; false when there is no such job.
    public bool Cancel(string? key)
    {
        if (board.Find(key, user.UserName) is not { } job)
            return false;
        ExportJobBoard.Cancel(job);
        return true;
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
