using System.Globalization;
using System.Threading.Channels;
using Warehouse.Data.Importing;
using Warehouse.Domain.Common;

namespace Warehouse.Web.Features.Admin.Import;

/// Runs the import jobs one at a time in the background, each in its own scope acting as the user who started it and
/// in their language: a queued job is previewed, a confirmed one written. On start it marks the jobs an earlier run
/// left running as failed: their transaction died with that run, so nothing of them was written.
public sealed class ImportJobRunner(IServiceScopeFactory scopes, ImportProgressBoard board, TimeProvider time,
    ILogger<ImportJobRunner> logger) : BackgroundService
{
    private readonly Channel<int> _queue = Channel.CreateUnbounded<int>();
    private readonly DateTime _startedAt = time.GetUtcNow().UtcDateTime;

    /// Queues a job that was just started or confirmed.
    public void Enqueue(int jobId) => _queue.Writer.TryWrite(jobId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await FailInterruptedAsync(stoppingToken);
        await foreach (var id in _queue.Reader.ReadAllAsync(stoppingToken))
            await RunAsync(id, stoppingToken);
    }

    private async Task FailInterruptedAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var failed = await scope.ServiceProvider.GetRequiredService<ImportJobStore>().FailInterruptedAsync(_startedAt, stoppingToken);
        if (failed > 0)
            logger.LogWarning("{Count} import job(s) were interrupted by a restart and are marked failed; nothing of them was written.",
                failed);
    }

    private async Task RunAsync(int id, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ImportJobStore>();
        if (await store.FindAsync(id, stoppingToken) is not { IsRunning: true } job)
            return;
        var progress = board.Begin(id, stoppingToken);
        try
        {
            var starter = await scope.ServiceProvider.GetRequiredService<ImportJobActor>().PrincipalAsync(job.StartedBy);
            // Set here rather than in a helper: what an async method sets flows into what it calls, not back to its caller.
            ImportJobActor.ActAs(scope.ServiceProvider, starter);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(job.Culture);
            await scope.ServiceProvider.GetRequiredService<ImportJobStages>().RunAsync(job, progress, stoppingToken);
        }
        catch (OperationCanceledException) when (progress.Cancellation.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            // Cancelled by its user, who has already marked it so.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Import job {Id} failed; nothing of it was written.", id);
            await store.FailAsync(id, Errors.ImportJobFailed().Code, CancellationToken.None);
        }
        finally
        {
            board.End(id);
        }
    }
}
