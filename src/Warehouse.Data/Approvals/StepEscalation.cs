using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Live;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Approvals;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Approvals;

/// An approval step found waiting past its limit, as it was read.
public sealed record OverdueStep(long StepId, int RequestId, string RequestNumber, RequestState State, int Step, int Steps,
    ApprovalLevel Level, DateTime OpenedAt);

/// Escalates every approval step that has waited past its limit (催办升级): marks it, so the board and the request show
/// it, writes the audit row, and tells the live pages once it is committed. The request's version does not move: an
/// approver's open form stays valid. Several app instances run this at once: each step is marked by a conditional
/// update, and only the one that marked it audits and announces it.
public sealed class StepEscalation(WarehouseDbContext db, AuditTrail audit, BureauClock clock, IRequestChanges changes)
{
    private static readonly AuditActor System = new("system", null);

    /// Escalates what is overdue now; answers the numbers of the requests this call escalated.
    public async Task<IReadOnlyList<string>> EscalateAsync(StepLimits limits, CancellationToken cancellationToken = default) =>
        await MarkAsync(await OverdueAsync(limits, cancellationToken), cancellationToken);

    /// The waiting steps overdue now and not escalated yet.
    public async Task<IReadOnlyList<OverdueStep>> OverdueAsync(StepLimits limits, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        var waitedLongest = now - (limits.Emergency < limits.Routine ? limits.Emergency : limits.Routine);
        var candidates = await db.AllocationRequests.AsNoTracking().Include(r => r.Steps)
            .Where(r => r.State == RequestState.Submitted || r.State == RequestState.InApproval)
            .Where(r => r.Steps.Any(s => s.Decision == StepDecision.Waiting && s.EscalatedAt == null && s.OpenedAt < waitedLongest))
            .ToListAsync(cancellationToken);
        return candidates.Where(r => limits.Overdue(r, now)).Select(r => (Request: r, Step: r.CurrentStep!))
            .Select(c => new OverdueStep(c.Step.Id, c.Request.Id, c.Request.Number, c.Request.State, c.Step.Number, c.Request.Steps.Count,
                c.Step.Level, c.Step.OpenedAt!.Value))
            .ToList();
    }

    /// Marks the steps escalated, in one transaction with their audit rows; a step someone else marked since it was read
    /// is left alone. Answers the numbers of the requests this call escalated.
    public async Task<IReadOnlyList<string>> MarkAsync(IReadOnlyList<OverdueStep> steps, CancellationToken cancellationToken = default)
    {
        if (steps.Count == 0)
            return [];
        var now = clock.UtcNow;
        var marked = await db.Database.CreateExecutionStrategy().ExecuteAsync(() => SqliteWriteGate.RunAsync(db, async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var won = new List<OverdueStep>();
            foreach (var step in steps)
            {
                if (await db.ApprovalSteps.Where(s => s.Id == step.StepId && s.EscalatedAt == null && s.Decision == StepDecision.Waiting)
                        .ExecuteUpdateAsync(s => s.SetProperty(x => x.EscalatedAt, now), cancellationToken) == 0)
                    continue;
                audit.Record(System, AuditActions.ApprovalStepEscalated, step.RequestNumber,
                    $"step {step.Step}/{step.Steps} ({step.Level}) waited since {step.OpenedAt:u}");
                won.Add(step);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return won;
        }, cancellationToken));
        if (marked.Count > 0)
            await changes.PublishAsync(marked.Select(s => new RequestChange(s.RequestId, s.RequestNumber, s.State, RequestChangeKind.Escalated))
                .ToList());
        return marked.Select(s => s.RequestNumber).ToList();
    }
}
