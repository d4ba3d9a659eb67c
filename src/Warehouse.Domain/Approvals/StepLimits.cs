using Warehouse.Domain.Allocation;

namespace Warehouse.Domain.Approvals;

/// How long an approval step may wait before it is escalated: shorter for level I/II emergencies than for the rest.
public sealed record StepLimits(TimeSpan Emergency, TimeSpan Routine)
{
    public static readonly StepLimits Default = new(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30));

    public TimeSpan For(AllocationRequest request) => request.IsEmergency ? Emergency : Routine;

    /// Whether the request's current step has waited past its limit at <paramref name="nowUtc"/> and was not escalated yet.
    public bool Overdue(AllocationRequest request, DateTime nowUtc) =>
        request.CurrentStep is { OpenedAt: { } opened, EscalatedAt: null } && nowUtc - opened > For(request);
}
