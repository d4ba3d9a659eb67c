using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Warehouse.Data.Exporting;
using Warehouse.Domain.Exporting;
using Warehouse.Web.Features.Admin.Import;

namespace Warehouse.Web.Features.Exports;

/// Runs background exports in this app instance and keeps them in the database, so that any instance shows, hands out
/// or cancels them: each runs in its own scope as the user who asked for it and in their language, writes its progress
/// to its row every `Exports:ProgressInterval` (a second) and stops when the row says it no longer runs (cancelled from
/// any instance), then stores its workbook in the database. Jobs are kept `Exports:KeepMinutes` (60) after they end; a
/// running job not heard of for `Exports:StaleMinutes` (2) lost its instance and counts as failed.
public sealed class ExportJobBoard(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration,
    IHostApplicationLifetime lifetime, ILogger<ExportJobBoard> logger)
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);
    // When this instance sweeps next, in ticks of UTC time.
    private long _nextSweep;

    private TimeSpan ProgressInterval => configuration.GetValue("Exports:ProgressInterval", TimeSpan.FromSeconds(1));

    /// How long a job is kept after it ends.
    public TimeSpan Keep => TimeSpan.FromMinutes(configuration.GetValue("Exports:KeepMinutes", 60));

    public ExportJobCutoffs Cutoffs => new(Now - TimeSpan.FromMinutes(configuration.GetValue("Exports:StaleMinutes", 2.0)), Now - Keep);

    /// Starts writing the order's workbook and answers the job's key; <paramref name="slot"/> is given back when it ends.
    public async Task<string> StartAsync(ExportOrder order, int rows, ClaimsPrincipal user, IDisposable slot,
        CancellationToken cancellationToken)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        int id;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<ExportJobStore>();
            await store.SweepAsync(Cutoffs, cancellationToken);
            id = await store.AddAsync(new ExportJob(key, order.FileName, user.Identity?.Name ?? "", rows, Now), cancellationToken);
        }
        catch
        {
            slot.Dispose();
            throw;
        }
        var culture = CultureInfo.CurrentUICulture;
        // Not flowing the request's context: the job sets its own caller, which would otherwise clear the request's.
        using (ExecutionContext.SuppressFlow())
            _ = Task.Run(() => RunAsync(id, order, user, culture, slot));
        return key;
    }

    /// Sweeps the stored jobs if this instance has not done so for a minute.
    public async Task SweepIfDueAsync(ExportJobStore store, CancellationToken cancellationToken)
    {
        var (now, due) = (Now.Ticks, Interlocked.Read(ref _nextSweep));
        // One request of this instance sweeps when it is due; the others go on without waiting for it.
        if (now < due || Interlocked.CompareExchange(ref _nextSweep, now + SweepEvery.Ticks, due) != due)
            return;
        await store.SweepAsync(Cutoffs, cancellationToken);
    }

    private async Task RunAsync(int id, ExportOrder order, ClaimsPrincipal user, CultureInfo culture, IDisposable slot)
    {
        using var _ = slot;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
        using var reporting = new CancellationTokenSource();
        var rowsDone = 0;
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ExportJobStore>();
        var reports = ReportAsync(store, id, () => Volatile.Read(ref rowsDone), stop, reporting.Token);
        byte[]? workbook = null;
        var state = ExportJobState.Failed;
        try
        {
            workbook = await WriteAsync(order, user, culture, () => Interlocked.Increment(ref rowsDone), stop.Token);
            state = ExportJobState.Ready;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            state = ExportJobState.Cancelled;
        }
        catch (Exception e)
        {
            logger.LogError(e, "The export {FileName} for {User} failed.", order.FileName, user.Identity?.Name);
        }
        await reporting.CancelAsync();
        await reports;
        try
        {
            // Either ends the job only if it still runs: a cancellation from another instance, or a job given up for
            // lost, stays as it was.
            if (workbook is not null)
                await store.FinishAsync(id, rowsDone, workbook, CancellationToken.None);
            else
                await store.EndAsync(id, state, rowsDone, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogError(e, "The end of the export {FileName} could not be stored.", order.FileName);
        }
    }

    /// The workbook, written first to a temporary file that is gone once it is read.
    private async Task<byte[]> WriteAsync(ExportOrder order, ClaimsPrincipal user, CultureInfo culture, Action counted,
        CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        ImportJobActor.ActAs(scope.ServiceProvider, user);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        await using var file = new FileStream(Path.Combine(Path.GetTempPath(), $"warehouse-export-{Guid.NewGuid():N}.xlsx"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await order.Write(scope.ServiceProvider, file, counted, cancellationToken);
        var workbook = new byte[file.Length];
        file.Position = 0;
        await file.ReadExactlyAsync(workbook, cancellationToken);
        return workbook;
    }

    /// Writes the rows done to the job's row at every interval; cancels <paramref name="stop"/> when the row says the job
    /// no longer runs.
    private async Task ReportAsync(ExportJobStore store, int id, Func<int> rowsDone, CancellationTokenSource stop,
        CancellationToken reporting)
    {
        using var timer = new PeriodicTimer(ProgressInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(reporting))
            {
                try
                {
                    if (!await store.ProgressAsync(id, rowsDone(), reporting))
                    {
                        await stop.CancelAsync();
                        return;
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "The progress of export job {Id} could not be written.", id);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The writing ended.
        }
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
