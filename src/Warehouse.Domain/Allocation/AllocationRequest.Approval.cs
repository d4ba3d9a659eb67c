using Warehouse.Domain.Approvals;

namespace Warehouse.Domain.Allocation;

/// The request's approval steps: planned at submission, decided one after the other by their authority or its deputy.
public sealed partial class AllocationRequest
{
    private readonly List<ApprovalStep> _steps = [];

    /// The version of the approval rule the request was submitted under; null when no rule matched (the default step).
    public int? ApprovalRuleId { get; private set; }

    public IReadOnlyList<ApprovalStep> Steps => _steps;

    /// The step waiting for a decision while the request is being approved.
    public ApprovalStep? CurrentStep => State is RequestState.Submitted or RequestState.InApproval ? WaitingStep : null;

    /// Whether the current step is the last: approving it approves the request. A request from before the rules has no
    /// steps, and its one approval is the last.
    public bool OnLastStep => WaitingStep is not { } step || step.Number == _steps.Count;

    /// Whether the actor may decide the current step, themselves or as a deputy; a request without steps is a manager's.
    public bool MayDecideStep(WorkflowActor actor) => CurrentStep is { } step ? actor.MayDecide(step.Level) : actor.IsManager;

    private ApprovalStep? WaitingStep => _steps.OrderBy(s => s.Number).FirstOrDefault(s => s.Decision == StepDecision.Waiting);

    /// Lays out the steps the rule in force asks for; the first one opens at once.
    public void PlanApproval(int? ruleId, IReadOnlyList<ApprovalLevel> levels, DateTime atUtc)
    {
        if (State != RequestState.Draft)
            throw new Common.DomainException(Common.Errors.NotADraft());
        ApprovalRuleId = ruleId;
        _steps.Clear();
        _steps.AddRange(levels.Select((level, i) => new ApprovalStep(i + 1, level, i == 0 ? atUtc : null)));
    }

    internal void DecideStep(StepDecision decision, WorkflowActor actor, DateTime atUtc, string? comment)
    {
        if (WaitingStep is not { } step)
            return;
        step.Decide(decision, actor.UserName, actor.ActsFor(step.Level), atUtc, comment);
        if (decision == StepDecision.Approved)
            WaitingStep?.Open(atUtc);
    }
}
