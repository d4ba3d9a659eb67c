using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Warehouse.Web.Features.Printing;
using Warehouse.Web.Tests.Identity;

namespace Warehouse.Web.Tests.Printing;

/// The print worker's readiness: a starting instance gets a grace period for its first round (health checks are
/// built anew for every request, so the grace must be counted from the instance's start), a silent worker is not ready.
public sealed class PrintWorkerHealthTests
{
    private static readonly IOptions<PrintingOptions> Options = Microsoft.Extensions.Options.Options.Create(
        new PrintingOptions { PollInterval = TimeSpan.FromSeconds(1) });

    private readonly TestClock _clock = new();
    private readonly PrintWorkerHeartbeat _heartbeat;
    private readonly ServiceProvider _services;

    public PrintWorkerHealthTests()
    {
        _heartbeat = new PrintWorkerHeartbeat(_clock);
        _services = new ServiceCollection()
            .AddSingleton<IHostedService>(new PrintWorker(null!, Options, _heartbeat, NullLogger<PrintWorker>.Instance))
            .BuildServiceProvider();
    }

    private async Task<HealthStatus> CheckAsync() =>
        (await new PrintWorkerHealthCheck(_services, _heartbeat, _clock, Options).CheckHealthAsync(new HealthCheckContext())).Status;

    [Fact]
    public async Task A_worker_that_has_not_finished_its_first_round_is_ready_through_the_start_grace_and_not_after()
    {
        Assert.Equal(HealthStatus.Healthy, await CheckAsync());

        _clock.Advance(PrintWorkerHealthCheck.StartGrace);
        Assert.Equal(HealthStatus.Healthy, await CheckAsync());

        _clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(HealthStatus.Unhealthy, await CheckAsync());
    }

    [Fact]
    public async Task A_worker_that_stops_going_round_becomes_not_ready_and_is_ready_again_after_its_next_round()
    {
        _heartbeat.Beat();
        _clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(HealthStatus.Healthy, await CheckAsync());

        _clock.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal(HealthStatus.Unhealthy, await CheckAsync());

        _heartbeat.Beat();
        Assert.Equal(HealthStatus.Healthy, await CheckAsync());
    }

    [Fact]
    public async Task An_instance_without_the_worker_is_ready()
    {
        await using var none = new ServiceCollection().BuildServiceProvider();
        _clock.Advance(TimeSpan.FromHours(1));

        var status = (await new PrintWorkerHealthCheck(none, _heartbeat, _clock, Options).CheckHealthAsync(new HealthCheckContext())).Status;

        Assert.Equal(HealthStatus.Healthy, status);
    }
}
