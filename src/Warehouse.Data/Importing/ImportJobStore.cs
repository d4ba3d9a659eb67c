using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Common;
using Warehouse.Domain.Importing;

namespace Warehouse.Data.Importing;

/// The import jobs as stored: started, found again by key or by who started them, and moved from stage to stage by
/// conditional updates, so a cancellation and a confirmation racing each other cannot both win.
public sealed class ImportJobStore(WarehouseDbContext db, BureauClock clock)
{
    public async Task<ImportJob> AddAsync(ImportJob job, CancellationToken cancellationToken)
    {
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        return job;
    }

    /// The job, without its file; null when there is no such key.
    public Task<ImportJobState?> FindAsync(string? key, CancellationToken cancellationToken) =>
        key is { Length: 32 } ? States(db.ImportJobs.Where(j => j.Key == key)).SingleOrDefaultAsync(cancellationToken)
            : Task.FromResult<ImportJobState?>(null);

    public Task<ImportJobState?> FindAsync(int id, CancellationToken cancellationToken) =>
        States(db.ImportJobs.Where(j => j.Id == id)).SingleOrDefaultAsync(cancellationToken);

    /// The job someone started last, running or finished.
    public Task<ImportJobState?> LatestOfAsync(string userName, CancellationToken cancellationToken) =>
        States(db.ImportJobs.Where(j => j.StartedBy == userName).OrderByDescending(j => j.Id)).FirstOrDefaultAsync(cancellationToken);

    /// The job running now, whoever started it; null when none is.
    public Task<ImportJobState?> RunningAsync(CancellationToken cancellationToken) =>
        States(db.ImportJobs.Where(j => ImportJob.Running.Contains(j.Stage)).OrderBy(j => j.Id)).FirstOrDefaultAsync(cancellationToken);

    public async Task<byte[]> ContentAsync(int id, CancellationToken cancellationToken) =>
        await db.ImportJobs.Where(j => j.Id == id).Select(j => j.Content).SingleAsync(cancellationToken);

    /// Moves the job to <paramref name="to"/> if it is still in one of the <paramref name="from"/> stages; false when it
    /// was not (cancelled, confirmed or finished meanwhile).
    public async Task<bool> MoveAsync(int id, IReadOnlyList<ImportStage> from, ImportStage to, CancellationToken cancellationToken,
        string? outcome = null, int? rowsDone = null, int? rowsTotal = null)
    {
        var finished = to is ImportStage.Previewed or ImportStage.Written or ImportStage.Cancelled or ImportStage.Failed
            ? clock.UtcNow : (DateTime?)null;
        return await db.ImportJobs.Where(j => j.Id == id && from.Contains(j.Stage))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Stage, to)
                .SetProperty(j => j.Outcome, j => outcome ?? j.Outcome)
                .SetProperty(j => j.RowsDone, j => rowsDone ?? j.RowsDone)
                .SetProperty(j => j.RowsTotal, j => rowsTotal ?? j.RowsTotal)
                .SetProperty(j => j.FinishedAt, j => finished ?? j.FinishedAt), cancellationToken) == 1;
    }

    public async Task FailAsync(int id, string code, CancellationToken cancellationToken) =>
        await db.ImportJobs.Where(j => j.Id == id && ImportJob.Running.Contains(j.Stage))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Stage, ImportStage.Failed).SetProperty(j => j.FailureCode, code)
                .SetProperty(j => j.FinishedAt, clock.UtcNow), cancellationToken);

    /// Marks as failed every job still running that was started before <paramref name="startedUtc"/> (this run of the
    /// application) and whose runner last beat before <paramref name="silentSince"/>: its preview was lost, and a commit
    /// interrupted was rolled back with its transaction, so nothing was written. A job another instance is running, and
    /// beating for, is left alone. Answers how many there were.
    public async Task<int> FailInterruptedAsync(DateTime startedUtc, DateTime silentSince, CancellationToken cancellationToken) =>
        await db.ImportJobs.Where(j => ImportJob.Running.Contains(j.Stage) && j.StartedAt < startedUtc
                && (j.HeartbeatAt ?? j.StartedAt) < silentSince)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Stage, ImportStage.Failed)
                .SetProperty(j => j.FailureCode, Errors.ImportJobInterrupted().Code)
                .SetProperty(j => j.FinishedAt, clock.UtcNow), cancellationToken);

    /// The runner's word that the job still runs, with its rows so far, which the other instances' pages show; false when
    /// it no longer runs (cancelled on another instance, or given up for dead), and the runner should stop.
    public async Task<bool> BeatAsync(int id, int rowsDone, int rowsTotal, CancellationToken cancellationToken) =>
        await db.ImportJobs.Where(j => j.Id == id && ImportJob.Running.Contains(j.Stage))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.HeartbeatAt, clock.UtcNow).SetProperty(j => j.RowsDone, rowsDone)
                .SetProperty(j => j.RowsTotal, rowsTotal), cancellationToken) == 1;

    // Projected last: a query cannot filter on the record a projection makes.
    private static IQueryable<ImportJobState> States(IQueryable<ImportJob> jobs) => jobs.AsNoTracking().Select(j => new ImportJobState(
        j.Id, j.Key, j.FileName, j.StartedBy, j.Culture, j.StartedAt, j.FinishedAt, j.Stage, j.RowsDone, j.RowsTotal, j.Outcome,
        j.FailureCode));
}

/// A stored import job without its file.
public sealed record ImportJobState(int Id, string Key, string FileName, string StartedBy, string Culture, DateTime StartedAt,
    DateTime? FinishedAt, ImportStage Stage, int RowsDone, int RowsTotal, string? Outcome, string? FailureCode)
{
    public bool IsRunning => ImportJob.Running.Contains(Stage);

    public bool CanCancel => ImportJob.Cancellable.Contains(Stage);
}
