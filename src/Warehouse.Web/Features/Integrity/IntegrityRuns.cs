using Warehouse.Data.Auditing;

namespace Warehouse.Web.Features.Integrity;

/// A "verify now" check asked for by a user: one at a time, run in the background like the daily check and stored the
/// same way, with the rows walked so far and a way to stop it.
public sealed class IntegrityRuns(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider time,
    ILogger<IntegrityRuns> logger)
{
    private readonly Lock _lock = new();
    private IntegrityRun? _current;

    /// The check running now, if any.
    public IntegrityRun? Current => _current is { IsRunning: true } run ? run : null;

    /// Starts a check of <paramref name="rows"/> chain rows; false when one is running already.
    public bool TryStart(string startedBy, long rows)
    {
        IntegrityRun run;
        lock (_lock)
        {
            if (Current is not null)
                return false;
            _current = run = new IntegrityRun(startedBy, time.GetUtcNow().UtcDateTime, rows);
        }
        using (ExecutionContext.SuppressFlow())
            _ = Task.Run(() => RunAsync(run));
        return true;
    }

    private async Task RunAsync(IntegrityRun run)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(run.Cancellation.Token, lifetime.ApplicationStopping);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IntegrityChecks>().RunAsync(stop.Token, run.Walk);
        }
        catch (OperationCanceledException)
        {
            // Stopped by its user or by shutdown; nothing is stored.
        }
        catch (Exception e)
        {
            logger.LogError(e, "The integrity check asked for by {User} could not run.", run.StartedBy);
        }
        finally
        {
            run.End();
        }
    }
}

/// One check asked for: who, since when, how many rows of how many are walked.
public sealed class IntegrityRun(string startedBy, DateTime startedAt, long rows)
{
    private long _walked;
    private volatile bool _running = true;

    public string StartedBy { get; } = startedBy;

    public DateTime StartedAt { get; } = startedAt;

    public long Rows { get; } = rows;

    public long Walked => Interlocked.Read(ref _walked);

    public bool IsRunning => _running;

    internal CancellationTokenSource Cancellation { get; } = new();

    /// Stops the walk; nothing of it is stored.
    public void Cancel() => Cancellation.Cancel();

    internal void Walk() => Interlocked.Increment(ref _walked);

    internal void End() => _running = false;
}
