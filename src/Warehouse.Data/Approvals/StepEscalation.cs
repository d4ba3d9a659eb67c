using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Live;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Approvals;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Approvals;

/// Escalates every approval step that has waited past its limit (催办升级): marks it, so the board and the request show
/// it, and writes the audit row. The request's version does not move: an approver's open form stays valid.
public sealed class StepEscalation(WarehouseDbContext db, AuditTrail audit, BureauClock clock, IRequestChanges changes)
{
    private static readonly AuditActor System = new("system", null);

    /// Escalates what is overdue now; answers the numbers of the requests escalated.
    public async Task<IReadOnlyList<string>> EscalateAsync(StepLimits limits, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        var waitedLongest = now - (limits.Emergency < limits.Routine ? limits.Emergency : limits.Routine);
        var candidates = await db.AllocationRequests.Include(r => r.Steps)
            .Where(r => r.State == RequestState.Submitted || r.State == RequestState.InApproval)
            .Where(r => r.Steps.Any(s => s.Decision == StepDecision.Waiting && s.EscalatedAt == null && s.OpenedAt < waitedLongest))
            .ToListAsync(cancellationToken);
        var escalated = candidates.Where(r => limits.Overdue(r, now)).ToList();
        foreach (var request in escalated)
        {
            var step = request.CurrentStep!;
            step.Escalate(now);
            audit.Record(System, AuditActions.ApprovalStepEscalated, request.Number,
                $"step {step.Number}/{request.Steps.Count} ({step.Level}) waited since {step.OpenedAt:u}");
        }
        if (escalated.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            await changes.PublishAsync(escalated
                .Select(r => new RequestChange(r.Id, r.Number, r.State, RequestChangeKind.Escalated)).ToList());
        }
        return escalated.Select(r => r.Number).ToList();
    }
}
