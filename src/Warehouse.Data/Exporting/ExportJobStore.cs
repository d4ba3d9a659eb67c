using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Infrastructure;
using Warehouse.Domain.Common;
using Warehouse.Domain.Exporting;

namespace Warehouse.Data.Exporting;

/// The background exports as stored, so that every app instance sees them: the instance that writes one records its
/// progress and its workbook, any instance finds, cancels or hands it out, and whichever sweeps deletes the expired ones.
/// Each change is a conditional update on the running state, so a cancellation and the end of the writing cannot both win.
public sealed class ExportJobStore(WarehouseDbContext db, BureauClock clock)
{
    public async Task<int> AddAsync(ExportJob job, CancellationToken cancellationToken)
    {
        db.ExportJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        return job.Id;
    }

    /// The job with this key if <paramref name="userName"/> started it and it is not past keeping; a running job whose
    /// instance stopped writing progress before <see cref="ExportJobCutoffs.StaleBefore"/> is answered as failed.
    public async Task<ExportJobView?> FindAsync(string? key, string userName, ExportJobCutoffs cutoffs,
        CancellationToken cancellationToken)
    {
        if (key is not { Length: 32 })
            return null;
        var job = await db.ExportJobs.AsNoTracking()
            .Where(j => j.Key == key && j.StartedBy == userName && (j.EndedAt == null || j.EndedAt >= cutoffs.EndedBefore))
            .Select(j => new ExportJobView(j.Id, j.Key, j.FileName, j.RowsDone, j.RowsTotal, j.State, j.ProgressAt, j.EndedAt))
            .SingleOrDefaultAsync(cancellationToken);
        return job is { State: ExportJobState.Running } && job.ProgressAt < cutoffs.StaleBefore
            ? job with { State = ExportJobState.Failed, EndedAt = job.ProgressAt }
            : job;
    }

    /// The ready workbook's bytes; null when the job is not ready.
    public Task<byte[]?> WorkbookAsync(int jobId, CancellationToken cancellationToken) =>
        db.ExportWorkbooks.Where(w => w.ExportJobId == jobId).Select(w => w.Content).SingleOrDefaultAsync(cancellationToken);

    /// Records the rows written so far; false when the job no longer runs (cancelled, or given up for lost), which is
    /// the writing instance's sign to stop.
    public Task<bool> ProgressAsync(int jobId, int rowsDone, CancellationToken cancellationToken) =>
        SqliteWriteGate.RunAsync(db, async () => await Running(jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.RowsDone, rowsDone).SetProperty(j => j.ProgressAt, clock.UtcNow), cancellationToken) == 1,
            cancellationToken);

    /// Marks the job ready with its workbook, in one transaction; false when it no longer ran, and nothing is stored.
    public Task<bool> FinishAsync(int jobId, int rowsDone, byte[] workbook, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(() => SqliteWriteGate.RunAsync(db, async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await EndAsync(jobId, ExportJobState.Ready, rowsDone, cancellationToken))
                return false;
            db.ExportWorkbooks.Add(new ExportWorkbook(jobId, workbook));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }, cancellationToken));

    /// Ends the job in <paramref name="state"/> if it still runs; false when it had ended already.
    public async Task<bool> EndAsync(int jobId, ExportJobState state, int rowsDone, CancellationToken cancellationToken) =>
        await Running(jobId).ExecuteUpdateAsync(s => s.SetProperty(j => j.State, state).SetProperty(j => j.RowsDone, rowsDone)
            .SetProperty(j => j.EndedAt, clock.UtcNow), cancellationToken) == 1;

    /// Cancels the job if it still runs; its instance stops writing at its next progress report.
    public async Task CancelAsync(int jobId, CancellationToken cancellationToken) =>
        await Running(jobId).ExecuteUpdateAsync(s => s.SetProperty(j => j.State, ExportJobState.Cancelled)
            .SetProperty(j => j.EndedAt, clock.UtcNow), cancellationToken);

    /// Marks the running jobs whose instance stopped writing progress as failed, ended when it was last heard of, and
    /// deletes the jobs (and their workbooks) that ended before <see cref="ExportJobCutoffs.EndedBefore"/>.
    public async Task SweepAsync(ExportJobCutoffs cutoffs, CancellationToken cancellationToken)
    {
        await db.ExportJobs.Where(j => j.State == ExportJobState.Running && j.ProgressAt < cutoffs.StaleBefore)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, ExportJobState.Failed)
                .SetProperty(j => j.EndedAt, j => j.ProgressAt), cancellationToken);
        await db.ExportWorkbooks.Where(w => db.ExportJobs.Any(j => j.Id == w.ExportJobId && j.EndedAt < cutoffs.EndedBefore))
            .ExecuteDeleteAsync(cancellationToken);
        await db.ExportJobs.Where(j => j.EndedAt < cutoffs.EndedBefore).ExecuteDeleteAsync(cancellationToken);
    }

    private IQueryable<ExportJob> Running(int jobId) => db.ExportJobs.Where(j => j.Id == jobId && j.State == ExportJobState.Running);
}

/// A stored export job without its workbook.
public sealed record ExportJobView(int Id, string Key, string FileName, int RowsDone, int RowsTotal, ExportJobState State,
    DateTime ProgressAt, DateTime? EndedAt);

/// The moments that decide a job's fate: a running job last heard of before <paramref name="StaleBefore"/> has lost its
/// instance; an ended job that ended before <paramref name="EndedBefore"/> is past keeping.
public sealed record ExportJobCutoffs(DateTime StaleBefore, DateTime EndedBefore);
