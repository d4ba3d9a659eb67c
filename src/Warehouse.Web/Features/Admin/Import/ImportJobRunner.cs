using System.Globalization;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Importing;
using Warehouse.Domain.Common;

namespace Warehouse.Web.Features.Admin.Import;

/// Runs the import jobs one at a time in the background, each in its own scope acting as the user who started it and
/// in their language: a queued job is previewed, a confirmed one written. On start it marks the jobs an earlier run
/// left running as failed: their transaction died with that run, so nothing of them was written.
/// On a server database several instances share the jobs: the one running a job beats for it every few seconds, writing
/// its rows so far (which the others' pages show) and learning of a cancellation made on another instance; each instance
/// gives up for dead, now and then, a job whose runner has been silent for fifteen beats, and no other.
public sealed class ImportJobRunner(IServiceScopeFactory scopes, ImportProgressBoard board, TimeProvider time,
    IConfiguration configuration, ILogger<ImportJobRunner> logger) : BackgroundService
{
    private readonly Channel<int> _queue = Channel.CreateUnbounded<int>();
    private readonly DateTime _startedAt = time.GetUtcNow().UtcDateTime;
    private bool _shared;

    private TimeSpan Beat => TimeSpan.FromSeconds(Math.Max(0.1, configuration.GetValue("Import:HeartbeatSeconds", 2.0)));

    private TimeSpan Silence => Beat * 15;

    /// Queues a job that was just started or confirmed.
    public void Enqueue(int jobId) => _queue.Writer.TryWrite(jobId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
            _shared = !scope.ServiceProvider.GetRequiredService<Data.WarehouseDbContext>().Database.IsSqlite();
        await FailInterruptedAsync(stoppingToken);
        var sweeping = _shared ? SweepAsync(stoppingToken) : Task.CompletedTask;
        await foreach (var id in _queue.Reader.ReadAllAsync(stoppingToken))
            await RunAsync(id, stoppingToken);
        await sweeping;
    }

    /// On SQLite, one process: every job an earlier run left running. On a server database: those whose runner is silent.
    private async Task FailInterruptedAsync(CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var failed = await scope.ServiceProvider.GetRequiredService<ImportJobStore>()
            .FailInterruptedAsync(_shared ? now : _startedAt, _shared ? now - Silence : _startedAt, stoppingToken);
        if (failed > 0)
            logger.LogWarning("{Count} import job(s) were interrupted by a restart and are marked failed; nothing of them was written.",
                failed);
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Silence, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await Safely(() => FailInterruptedAsync(stoppingToken), "give up silent import jobs");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// Beats for the job while it runs; stops the job here when the database says it no longer runs (cancelled on another
    /// instance, or given up for dead while this one could not reach the database, in which case stopping is right too).
    private async Task BeatAsync(int id, ImportProgress progress, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Beat, time);
        try
        {
            do
            {
                var running = true;
                await Safely(async () =>
                {
                    await using var scope = scopes.CreateAsyncScope();
                    running = await scope.ServiceProvider.GetRequiredService<ImportJobStore>()
                        .BeatAsync(id, progress.Done, progress.Total, stop);
                }, "beat for an import job");
                if (!running)
                {
                    board.Cancel(id);
                    return;
                }
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private async Task Safely(Func<Task> step, string what)
    {
        try
        {
            await step();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not {What}; trying again at the next beat.", what);
        }
    }

    private async Task RunAsync(int id, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ImportJobStore>();
        if (await store.FindAsync(id, stoppingToken) is not { IsRunning: true } job)
            return;
        var progress = board.Begin(id, stoppingToken);
        using var beating = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var heart = _shared ? BeatAsync(id, progress, beating.Token) : Task.CompletedTask;
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
            await beating.CancelAsync();
            await heart;
            board.End(id);
        }
    }
}
