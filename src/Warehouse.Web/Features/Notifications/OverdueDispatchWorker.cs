using Microsoft.Extensions.Options;
using Warehouse.Web.Features.Allocation;

namespace Warehouse.Web.Features.Notifications;

/// Looks for dispatches still on the road past the target (`Allocation:TargetMinutes`, two hours) as often as waiting
/// approval steps are looked at, and tells the managers and the requester once per dispatch.
public sealed class OverdueDispatchWorker(NotificationPush push, IConfiguration configuration, IOptions<EscalationOptions> options,
    ILogger<OverdueDispatchWorker> logger) : BackgroundService
{
    private TimeSpan Target => TimeSpan.FromMinutes(configuration.GetValue("Allocation:TargetMinutes", 120));

    /// Tells about what is overdue now; answers how many notices were new. Tests call this directly.
    public async Task<int> RunOnceAsync() => (await push.SweepOverdueAsync(Target)).Count;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval);
        while (await Tick(timer, stoppingToken))
        {
            try
            {
                await RunOnceAsync();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly unavailable; the next round looks again.
                logger.LogError(e, "Overdue dispatches could not be looked for.");
            }
        }
    }

    private static async Task<bool> Tick(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
