using Warehouse.Domain.Approvals;

namespace Warehouse.Domain.Allocation;

public enum StepDecision
{
    Waiting,
    Approved,
    Rejected,
}

/// One step of a request's approval (审批环节), planned at submission from the rule then in force: the level it
/// needs, and once decided who decided, on whose behalf, when and with what comment.
public sealed class ApprovalStep
{
    private ApprovalStep() { }

    internal ApprovalStep(int number, ApprovalLevel level, DateTime? openedAtUtc)
    {
        Number = number;
        Level = level;
        OpenedAt = openedAtUtc;
    }

    public long Id { get; private set; }
    public int RequestId { get; private set; }

    /// The step's place, from 1.
    public int Number { get; private set; }
    public ApprovalLevel Level { get; private set; }
    public StepDecision Decision { get; private set; }

    /// When the step became the one waiting: its waiting time counts from here.
    public DateTime? OpenedAt { get; private set; }
    public string? DecidedBy { get; private set; }

    /// The approver whose deputy decided the step, when a deputy did.
    public string? OnBehalfOf { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? Comment { get; private set; }

    /// When the step was escalated for waiting past its limit; null while it has not been.
    public DateTime? EscalatedAt { get; private set; }

    /// Marks the step escalated: it waited past its limit and the next authority was told.
    public void Escalate(DateTime atUtc) => EscalatedAt ??= DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);

    internal void Open(DateTime atUtc) => OpenedAt ??= DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);

    internal void Decide(StepDecision decision, string by, string? onBehalfOf, DateTime atUtc, string? comment)
    {
        Decision = decision;
        DecidedBy = by;
        OnBehalfOf = onBehalfOf;
        DecidedAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        Comment = comment is { Length: > 500 } ? comment[..500] : comment;
    }
}
