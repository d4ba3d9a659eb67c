namespace Warehouse.Domain.Constants;

/// The roles people hold, named once: the workflow's guards, the web's policies, the views and the tests all use these.
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Manager = nameof(Manager);
    public const string Keeper = nameof(Keeper);
    public const string Department = nameof(Department);
    public const string Auditor = nameof(Auditor);

    public static readonly IReadOnlyList<string> All = [Administrator, Manager, Keeper, Department, Auditor];

    /// The roles that approve or audit, whose sign-in takes a second factor when Security:RequireMfa is on.
    public static readonly IReadOnlyList<string> RequiringMfa = [Administrator, Manager, Auditor];
}
