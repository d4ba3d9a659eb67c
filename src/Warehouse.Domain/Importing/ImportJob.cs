using Warehouse.Domain.Common;

namespace Warehouse.Domain.Importing;

/// Where an import job stands. Queued, Previewing and Committing are running; the others wait for the user or are done.
public enum ImportStage
{
    Queued,
    Previewing,
    Previewed,
    Committing,
    Written,
    Cancelled,
    Failed,
}

/// A workbook import run in the background: the uploaded file, who started it, its stage, how many rows it has worked
/// through, and when it ends its outcome (the preview's rows and counts, the notes it posted) as stored text. It is
/// found again by its public key, which is unguessable, after a reload or from another page.
public sealed class ImportJob
{
    private ImportJob() { }

    public ImportJob(string key, string fileName, byte[] content, string startedBy, string culture, DateTime startedAtUtc)
    {
        Key = key;
        Culture = culture;
        FileName = fileName;
        Content = content;
        StartedBy = startedBy;
        StartedAt = DateTime.SpecifyKind(startedAtUtc, DateTimeKind.Utc);
        Stage = ImportStage.Queued;
    }

    public int Id { get; private set; }
    public string Key { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public string StartedBy { get; private set; } = "";

    /// The language of the page that started it: the preview's reasons are written in it.
    public string Culture { get; private set; } = "";
    public DateTime StartedAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }

    /// When the instance running the job last said it still was; null on SQLite, where one process runs everything. On
    /// a server database several instances share the jobs, and one whose heartbeat has stopped died with its job.
    public DateTime? HeartbeatAt { get; private set; }
    public ImportStage Stage { get; private set; }
    public int RowsDone { get; private set; }
    public int RowsTotal { get; private set; }

    /// The preview or the written result, as the job's runner stores it; null until the first stage ends.
    public string? Outcome { get; private set; }

    /// Why the job failed, in the words of the error catalogue's code; null unless it failed.
    public string? FailureCode { get; private set; }

    /// The stages a job is running in: one of them at a time per bureau.
    public static readonly IReadOnlyList<ImportStage> Running = [ImportStage.Queued, ImportStage.Previewing, ImportStage.Committing];

    /// The stages from which a job may still be cancelled: nothing has been written yet.
    public static readonly IReadOnlyList<ImportStage> Cancellable = [ImportStage.Queued, ImportStage.Previewing, ImportStage.Previewed];

    /// The refusal of a cancellation in this stage; null when it may be cancelled.
    public static DomainError? CheckCancel(ImportStage stage) =>
        Cancellable.Contains(stage) ? null
        : stage == ImportStage.Committing ? Errors.ImportJobCommitting()
        : Errors.ImportJobFinished();
}
