namespace Warehouse.Domain.Approvals;

/// The steps a request needs, chosen from the active rules that match it.
public sealed record ApprovalPlan(ApprovalRule? Rule, IReadOnlyList<ApprovalLevel> Steps, bool Ambiguous);

/// Two active rules that some request could match while asking for different steps: the stricter wins, and the
/// rules page warns.
public sealed record RuleOverlap(ApprovalRule First, ApprovalRule Second, ApprovalRule Stricter);

/// Picks a request's approval steps: of the matching rules the strictest wins; no matching rule means the default step.
public static class ApprovalAuthority
{
    public static ApprovalPlan Choose(IEnumerable<ApprovalRule> rules, ApprovalFacts facts)
    {
        var matching = rules.Where(r => r.Active && r.Matches(facts)).ToList();
        if (matching.Count == 0)
            return new ApprovalPlan(null, ApprovalLevels.Default, false);
        var strictest = matching.Aggregate(Stricter);
        var ambiguous = matching.Any(r => !r.Steps.SequenceEqual(strictest.Steps));
        return new ApprovalPlan(strictest, strictest.Steps, ambiguous);
    }

    /// Every pair of active rules that may both match one request with different steps.
    public static IReadOnlyList<RuleOverlap> Overlaps(IReadOnlyList<ApprovalRule> rules)
    {
        var active = rules.Where(r => r.Active).OrderBy(r => r.RuleNumber).ToList();
        return active.SelectMany((a, i) => active.Skip(i + 1)
                .Where(b => a.Overlaps(b) && !a.Steps.SequenceEqual(b.Steps))
                .Select(b => new RuleOverlap(a, b, Stricter(a, b))))
            .ToList();
    }

    // On equal strictness the older rule wins, so the choice never depends on the order rows come back in.
    private static ApprovalRule Stricter(ApprovalRule a, ApprovalRule b)
    {
        var compared = ApprovalLevels.CompareStrictness(a.Steps, b.Steps);
        return compared > 0 || (compared == 0 && a.RuleNumber <= b.RuleNumber) ? a : b;
    }
}
