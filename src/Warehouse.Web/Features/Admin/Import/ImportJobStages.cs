using Microsoft.Extensions.Localization;
using Warehouse.Data.Importing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Importing;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Admin.Import;

/// One run of a job's stage: a queued job is read into its preview; a confirmed one is read again and written, all or
/// nothing. Each stage ends by storing its outcome, unless the job was cancelled meanwhile.
public sealed class ImportJobStages(ImportJobStore store, ImportPreview preview, ImportApply apply, ImportProgressBoard board,
    IStringLocalizer<SharedResource> localizer)
{
    public Task RunAsync(ImportJobState job, ImportProgress progress, CancellationToken stoppingToken) =>
        job.Stage == ImportStage.Queued ? PreviewAsync(job, progress) : CommitAsync(job, progress, stoppingToken);

    private async Task PreviewAsync(ImportJobState job, ImportProgress progress)
    {
        var cancellation = progress.Cancellation;
        if (!await store.MoveAsync(job.Id, [ImportStage.Queued], ImportStage.Previewing, cancellation))
            return;
        var plan = await preview.ReadAsync(await store.ContentAsync(job.Id, cancellation), cancellation, progress);
        await store.MoveAsync(job.Id, [ImportStage.Previewing], ImportStage.Previewed, cancellation, ImportOutcome.Of(plan).ToJson(),
            progress.Done, progress.Total);
    }

    /// Writes the job; a cancellation can no longer reach it, only the application stopping (which rolls it back).
    private async Task CommitAsync(ImportJobState job, ImportProgress progress, CancellationToken stoppingToken)
    {
        ImportOutcome outcome;
        try
        {
            var result = await apply.ApplyAsync(await store.ContentAsync(job.Id, stoppingToken), job.FileName, stoppingToken, progress);
            var written = result.Plan.CanConfirm;
            outcome = ImportOutcome.Of(result.Plan, written, result.Posted);
            if (written)
                board.Keep(job.Id, result.Invitations);
        }
        catch (DomainException refused)
        {
            // A posting refused inside the transaction: it was rolled back, nothing is written.
            outcome = ImportOutcome.RefusedFile(ApiProblems.Localize(refused.Error, localizer));
        }
        await store.MoveAsync(job.Id, [ImportStage.Committing], outcome.Written ? ImportStage.Written : ImportStage.Previewed,
            CancellationToken.None, outcome.ToJson(), progress.Done, progress.Total);
    }
}
