using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Warehouse.Web.Features.Printing;

/// When the print worker last finished a round of the queue, whether or not that round found work, and when this
/// instance began waiting for its first round.
public sealed class PrintWorkerHeartbeat(TimeProvider time)
{
    private long _lastRoundTicks;

    public DateTimeOffset Started { get; } = time.GetUtcNow();

    public DateTimeOffset? LastRound => Interlocked.Read(ref _lastRoundTicks) is var ticks and > 0
        ? new DateTimeOffset(ticks, TimeSpan.Zero)
        : null;

    public void Beat() => Interlocked.Exchange(ref _lastRoundTicks, time.GetUtcNow().UtcTicks);
}

/// Ready while the print worker goes round: a worker stuck for many poll intervals (or one that never started)
/// would leave receipts unprinted while the instance still answers pages. A starting instance has a grace minute for
/// its first round (a demo seed or a slow disk may hold it up). An instance run without the worker (a test host, or an
/// instance configured to serve pages only) is ready without it.
public sealed class PrintWorkerHealthCheck(IServiceProvider services, PrintWorkerHeartbeat heartbeat, TimeProvider time,
    IOptions<PrintingOptions> options) : IHealthCheck
{
    public static readonly TimeSpan StartGrace = TimeSpan.FromMinutes(1);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!services.GetServices<IHostedService>().OfType<PrintWorker>().Any())
            return Task.FromResult(HealthCheckResult.Healthy("No print worker runs in this instance."));
        var limit = TimeSpan.FromTicks(Math.Max(options.Value.PollInterval.Ticks * 20, TimeSpan.FromSeconds(30).Ticks));
        var since = heartbeat.LastRound ?? heartbeat.Started + StartGrace;
        var silent = time.GetUtcNow() - since;
        return Task.FromResult(silent <= limit
            ? HealthCheckResult.Healthy("The print worker is going round the queue.")
            : HealthCheckResult.Unhealthy($"The print worker has not finished a round for {silent.TotalSeconds:0} s."));
    }
}
