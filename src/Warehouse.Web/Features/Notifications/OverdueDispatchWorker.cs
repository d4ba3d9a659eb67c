using Microsoft.Extensions.Options;
using Warehouse.Web.Features.Allocation;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Notifications;

/// Looks for dispatches still on the road past the target (`Allocation:TargetMinutes`, two hours) as often as waiting
/// approval steps are looked at, and tells the managers and the requester once per dispatch.
public sealed class OverdueDispatchWorker(NotificationPush push, IConfiguration configuration, IOptions<EscalationOptions> options,
    ILogger<OverdueDispatchWorker> logger) : RoundsWorker(logger)
{
    private TimeSpan Target => TimeSpan.FromMinutes(configuration.GetValue("Allocation:TargetMinutes", 120));

    protected override TimeSpan FirstRoundAfter => options.Value.CheckInterval;
    protected override TimeSpan Interval => options.Value.CheckInterval;
    protected override string Failure => "Overdue dispatches could not be looked for.";

    /// Tells about what is overdue now; answers how many notices were new. Tests call this directly.
    public async Task<int> RunOnceAsync() => (await push.SweepOverdueAsync(Target)).Count;

    protected override Task RoundAsync(CancellationToken cancellationToken) => RunOnceAsync();
}
