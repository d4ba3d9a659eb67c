using Microsoft.Extensions.Options;
using Warehouse.Data.Auditing;
using Warehouse.Web.Infrastructure;

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
    : RoundsWorker(logger)
{
    protected override TimeSpan FirstRoundAfter => options.Value.FirstCheckAfter;
    protected override TimeSpan Interval => options.Value.CheckInterval;
    protected override string Failure => "The integrity check could not run.";

    /// Runs one check now and stores its result; the worker calls this on its schedule, tests call it directly.
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IntegrityChecks>().RunAsync(cancellationToken);
    }

    protected override Task RoundAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);
}
