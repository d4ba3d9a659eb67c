using RoleNames = Warehouse.Domain.Constants.Roles;

namespace Warehouse.Domain.Approvals;

/// The authority an approval step needs (审批权限层级).
public enum ApprovalLevel
{
    SectionChief,
    Director,
    DutyLeader,
}

/// Who holds each approval level, and how strict a list of steps is.
public static class ApprovalLevels
{
    /// The longest a deputy may stand in for an approver.
    public const int MaxDelegationDays = 30;

    /// The step a request gets when no rule matches it: the first level, which the managers have always held.
    public static readonly IReadOnlyList<ApprovalLevel> Default = [ApprovalLevel.SectionChief];

    /// The roles whose holders may decide a step of this level. A manager (审批领导) decides the first level, as before
    /// the rules; the director also stands for the duty leader.
    public static IReadOnlyList<string> RolesFor(ApprovalLevel level) => level switch
    {
        ApprovalLevel.SectionChief => [RoleNames.SectionChief, RoleNames.Manager, RoleNames.Administrator],
        ApprovalLevel.Director => [RoleNames.Director],
        ApprovalLevel.DutyLeader => [RoleNames.DutyLeader, RoleNames.Director],
        _ => [],
    };

    /// The weight of one level when two step lists are compared: the director outranks the duty leader, who outranks a section chief.
    public static int Rank(ApprovalLevel level) => level switch
    {
        ApprovalLevel.Director => 3,
        ApprovalLevel.DutyLeader => 2,
        _ => 1,
    };

    /// Orders step lists by strictness: more steps first, then the higher authorities.
    public static int CompareStrictness(IReadOnlyList<ApprovalLevel> a, IReadOnlyList<ApprovalLevel> b)
    {
        var byCount = a.Count.CompareTo(b.Count);
        return byCount != 0 ? byCount : a.Sum(Rank).CompareTo(b.Sum(Rank));
    }

    /// Steps written as a comma-separated list, as the rules store them.
    public static string Format(IEnumerable<ApprovalLevel> steps) => string.Join(",", steps);

    public static IReadOnlyList<ApprovalLevel> Parse(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Enum.Parse<ApprovalLevel>).ToList();
}
