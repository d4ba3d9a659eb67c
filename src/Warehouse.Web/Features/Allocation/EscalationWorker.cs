using Microsoft.Extensions.Options;
using Warehouse.Data.Approvals;
using Warehouse.Domain.Approvals;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Allocation;

/// How long an approval step may wait and how often waiting steps are looked at (`Allocation:Escalation:` in configuration).
public sealed class EscalationOptions
{
    /// Waiting limit of a step of a level I/II emergency.
    public int EmergencyStepMinutes { get; set; } = 10;

    /// Waiting limit of a step of any other request.
    public int RoutineStepMinutes { get; set; } = 30;

    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    public StepLimits Limits => new(TimeSpan.FromMinutes(EmergencyStepMinutes), TimeSpan.FromMinutes(RoutineStepMinutes));
}

/// Escalates approval steps that waited past their limit, once a minute unless configured otherwise.
public sealed class EscalationWorker(IServiceScopeFactory scopes, IOptions<EscalationOptions> options, ILogger<EscalationWorker> logger)
    : RoundsWorker(logger)
{
    protected override TimeSpan FirstRoundAfter => options.Value.CheckInterval;
    protected override TimeSpan Interval => options.Value.CheckInterval;
    protected override string Failure => "Waiting approval steps could not be escalated.";

    /// Escalates what is overdue now; the worker calls this on its schedule, tests call it directly.
    public async Task<IReadOnlyList<string>> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StepEscalation>().EscalateAsync(options.Value.Limits, cancellationToken);
    }

    protected override async Task RoundAsync(CancellationToken cancellationToken)
    {
        var escalated = await RunOnceAsync(cancellationToken);
        if (escalated.Count > 0)
            logger.LogWarning("Approval steps escalated: {Requests}", string.Join(", ", escalated));
    }
}
