namespace Warehouse.Domain.Constants;

/// The roles people hold, named once: the workflow's guards, the web's policies, the views and the tests all use these.
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Manager = nameof(Manager);
    public const string Keeper = nameof(Keeper);
    public const string Department = nameof(Department);
    public const string Auditor = nameof(Auditor);

    /// A section chief (科长): the first approval step of requests that need more than the manager's word.
    public const string SectionChief = nameof(SectionChief);

    /// The bureau director (局长): the higher authority for large or reserve-floor-breaking requests.
    public const string Director = nameof(Director);

    /// The leader on duty (值班领导): approves where a rule names them, and is told of every escalated step.
    public const string DutyLeader = nameof(DutyLeader);

    public static readonly IReadOnlyList<string> All = [Administrator, Manager, Keeper, Department, Auditor, SectionChief, Director,
        DutyLeader];

    /// The roles that approve or audit, whose sign-in takes a second factor when Security:RequireMfa is on.
    public static readonly IReadOnlyList<string> RequiringMfa = [Administrator, Manager, Auditor, SectionChief, Director, DutyLeader];

    /// The roles that decide approval steps of requests (see Warehouse.Domain.Approvals.ApprovalLevels).
    public static readonly IReadOnlyList<string> Approvers = [Manager, Administrator, SectionChief, Director, DutyLeader];
}
