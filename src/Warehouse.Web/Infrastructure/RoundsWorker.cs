namespace Warehouse.Web.Infrastructure;

/// A background worker that does one round of work a while after start and then once every interval, or at once when
/// asked (<see cref="Nudge"/>). A round that fails is logged and the next round tries again: the database may be briefly
/// unavailable.
public abstract class RoundsWorker(ILogger logger) : BackgroundService
{
    private readonly SemaphoreSlim _asked = new(0, 1);

    /// Whether this instance runs the rounds at all.
    protected virtual bool Enabled => true;

    /// The wait before the first round.
    protected abstract TimeSpan FirstRoundAfter { get; }

    /// The wait between rounds.
    protected abstract TimeSpan Interval { get; }

    /// What the log says when a round fails.
    protected abstract string Failure { get; }

    protected abstract Task RoundAsync(CancellationToken cancellationToken);

    /// Asks for a round now; a round already asked for is not asked twice.
    public void Nudge()
    {
        if (_asked.CurrentCount > 0)
            return;
        try
        {
            _asked.Release();
        }
        catch (SemaphoreFullException)
        {
            // Asked at the same moment by someone else: one round serves both.
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
            return;
        var wait = FirstRoundAfter;
        while (await WaitAsync(wait, stoppingToken))
        {
            try
            {
                await RoundAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "{Failure}", Failure);
            }
            wait = Interval;
        }
    }

    private async Task<bool> WaitAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        try
        {
            await _asked.WaitAsync(wait, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
