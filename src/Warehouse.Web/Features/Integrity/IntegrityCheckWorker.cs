using Microsoft.Extensions.Options;
using Warehouse.Data.Auditing;

namespace Warehouse.Web.Features.Integrity;

/// When and how often the integrity check runs (`Integrity:` in configuration).
public sealed class IntegrityOptions
{
    /// Time between checks; daily unless configured.
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromDays(1);

    /// The first check, a short while after start so that start-up itself stays quick.
    public TimeSpan FirstCheckAfter { get; set; } = TimeSpan.FromMinutes(2);
}

/// Verifies both hash chains and every balance against the ledger in the background, and stores each result.
public sealed class IntegrityCheckWorker(IServiceScopeFactory scopes, IOptions<IntegrityOptions> options,
    ILogger<IntegrityCheckWorker> logger)
    : BackgroundService
{
    /// Runs one check now and stores its result; the worker calls this on its schedule, tests call it directly.
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IntegrityChecks>().RunAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = options.Value.FirstCheckAfter;
        while (await SleepAsync(wait, stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly unavailable; the next round checks again.
                logger.LogError(e, "The integrity check could not run.");
            }
            wait = options.Value.CheckInterval;
        }
    }

    private static async Task<bool> SleepAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(wait, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
