using Warehouse.Domain.Importing;

namespace Warehouse.Web.Features.Admin.Import;

/// The import page: a refusal of the last upload, the caller's latest job, and the job running now if it is another's.
public sealed record ImportIndexPage(string? Problem = null, ImportJobLink? Latest = null, ImportJobLink? Running = null);

/// A job named by its file, its stage and when it started, to link to.
public sealed record ImportJobLink(string Key, string FileName, ImportStage Stage, string StartedBy, DateTime StartedAt);

/// One job's page: while it runs, its progress; once previewed, the rows and what confirming would write; once
/// written, the notes it posted and (this once) the new users' set-password links.
public sealed record ImportJobPage(string Key, string FileName, ImportStage Stage, int RowsDone, int RowsTotal, ImportOutcome? Outcome)
{
    /// A refusal of what was just asked (a cancellation too late, a second job at once).
    public string? Problem { get; init; }

    /// Why the job failed, when it did.
    public string? Failure { get; init; }

    /// New users' set-password links: on this page only, never stored, never shown again.
    public IReadOnlyList<SetPasswordInvitation> Invitations { get; init; } = [];

    public bool IsRunning => ImportJob.Running.Contains(Stage);

    public bool CanCancel => ImportJob.Cancellable.Contains(Stage);

    public bool CanConfirm => Stage == ImportStage.Previewed && Outcome?.CanConfirm == true;

    public bool Written => Stage == ImportStage.Written;
}

/// What the page's script polls while a job runs.
public sealed record ImportProgressView(string Stage, string StageText, int Done, int Total, bool Running);

/// The answer to an upload, a confirmation or a cancellation: the job to go on to, its page with a refusal, or the
/// import page with one (no such job, no file, another job running).
public sealed record ImportAnswer(string? JobKey, ImportJobPage? Refused = null, ImportIndexPage? Index = null);
