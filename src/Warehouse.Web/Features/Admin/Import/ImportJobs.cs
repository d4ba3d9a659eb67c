using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Localization;
using Warehouse.Data.Importing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Importing;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Admin.Import;

/// What the import pages ask of the jobs: start one from an upload, show it, its progress, confirm or cancel it.
/// One job runs at a time; a job is found again by its unguessable key, after a reload or from the import page.
public sealed class ImportJobs(ImportJobStore store, ImportJobRunner runner, ImportProgressBoard board, CurrentUser user,
    BureauClock clock, IStringLocalizer<SharedResource> localizer)
{
    public async Task<ImportIndexPage> IndexAsync(CancellationToken cancellationToken, string? problem = null)
    {
        var latest = await store.LatestOfAsync(user.UserName, cancellationToken);
        var running = await store.RunningAsync(cancellationToken);
        return new ImportIndexPage(problem, Link(latest), running?.Id == latest?.Id ? null : Link(running));
    }

    /// The new job, or the import page with the refusal.
    public async Task<ImportAnswer> StartAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
            return new(null, Index: await IndexAsync(cancellationToken, localizer["Choose a workbook to upload."]));
        if (await store.RunningAsync(cancellationToken) is not null)
            return new(null, Index: await IndexAsync(cancellationToken, Localize(Errors.ImportJobRunning())));
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var job = await store.AddAsync(new ImportJob(key, Path.GetFileName(file.FileName), buffer.ToArray(), user.UserName,
            CultureInfo.CurrentUICulture.Name, clock.UtcNow), cancellationToken);
        runner.Enqueue(job.Id);
        return new(key);
    }

    public async Task<ImportJobPage?> PageAsync(string? key, CancellationToken cancellationToken, string? problem = null) =>
        await store.FindAsync(key, cancellationToken) is { } job ? Page(job) with { Problem = problem } : null;

    public async Task<ImportProgressView?> ProgressAsync(string? key, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(key, cancellationToken) is not { } job)
            return null;
        var live = board.Of(job.Id);
        return new ImportProgressView(job.Stage.ToString(), localizer[$"ImportStage.{job.Stage}"], live?.Done ?? job.RowsDone,
            live?.Total ?? job.RowsTotal, job.IsRunning);
    }

    /// Queues the previewed job for writing; its page with the refusal when it cannot be.
    public async Task<ImportAnswer> ConfirmAsync(string? key, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(key, cancellationToken) is not { } job)
            return new(null, Index: await IndexAsync(cancellationToken, Localize(Errors.ImportExpired())));
        var refusal = ImportOutcome.FromJson(job.Outcome) is not { CanConfirm: true } || job.Stage != ImportStage.Previewed
                ? Errors.ImportJobFinished()
            : await store.RunningAsync(cancellationToken) is not null ? Errors.ImportJobRunning()
            : !await store.MoveAsync(job.Id, [ImportStage.Previewed], ImportStage.Committing, cancellationToken) ? Errors.ImportJobFinished()
            : null;
        if (refusal is null)
            runner.Enqueue(job.Id);
        return await AnswerAsync(job, refusal, cancellationToken);
    }

    /// Cancels the job if nothing of it is being written; its page with the refusal otherwise.
    public async Task<ImportAnswer> CancelAsync(string? key, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(key, cancellationToken) is not { } job)
            return new(null, Index: await IndexAsync(cancellationToken, Localize(Errors.ImportJobNotFound())));
        // Checked before writing: a commit holds the database's write lock until it is done.
        var refusal = ImportJob.CheckCancel(job.Stage)
            ?? (await store.MoveAsync(job.Id, ImportJob.Cancellable, ImportStage.Cancelled, cancellationToken) ? null
                : Errors.ImportJobCommitting());
        if (refusal is null)
            board.Cancel(job.Id);
        return await AnswerAsync(job, refusal, cancellationToken);
    }

    private async Task<ImportAnswer> AnswerAsync(ImportJobState job, DomainError? refusal, CancellationToken cancellationToken) =>
        refusal is null ? new(job.Key) : new(job.Key, await PageAsync(job.Key, cancellationToken, Localize(refusal)));

    private ImportJobPage Page(ImportJobState job)
    {
        var live = board.Of(job.Id);
        return new ImportJobPage(job.Key, job.FileName, job.Stage, live?.Done ?? job.RowsDone, live?.Total ?? job.RowsTotal,
            ImportOutcome.FromJson(job.Outcome))
        {
            Failure = job.FailureCode is { } code ? localizer[$"Error.{code}"].Value : null,
            Invitations = job.Stage == ImportStage.Written && job.StartedBy == user.UserName ? board.Take(job.Id) : [],
        };
    }

    private static ImportJobLink? Link(ImportJobState? job) =>
        job is null ? null : new ImportJobLink(job.Key, job.FileName, job.Stage, job.StartedBy, job.StartedAt);

    private string Localize(DomainError error) => ApiProblems.Localize(error, localizer);
}
