using Warehouse.Domain.Common;

namespace Warehouse.Domain.Approvals;

/// An approver names a deputy for a period (委托代批): while it runs, the deputy may decide the approver's steps, and each
/// such decision is recorded as taken on the approver's behalf.
public sealed class Delegation
{
    private Delegation() { }

    public Delegation(string principal, string deputy, DateTime fromUtc, DateTime untilUtc, DateTime createdAtUtc)
    {
        if (string.Equals(principal, deputy, StringComparison.OrdinalIgnoreCase))
            throw new DomainException(Errors.DeputyIsSelf());
        if (untilUtc <= fromUtc || untilUtc - fromUtc > TimeSpan.FromDays(ApprovalLevels.MaxDelegationDays))
            throw new DomainException(Errors.DelegationPeriodInvalid(ApprovalLevels.MaxDelegationDays));
        PrincipalUserName = principal;
        DeputyUserName = deputy;
        From = DateTime.SpecifyKind(fromUtc, DateTimeKind.Utc);
        Until = DateTime.SpecifyKind(untilUtc, DateTimeKind.Utc);
        CreatedAt = DateTime.SpecifyKind(createdAtUtc, DateTimeKind.Utc);
    }

    public int Id { get; private set; }
    public string PrincipalUserName { get; private set; } = "";
    public string DeputyUserName { get; private set; } = "";
    public DateTime From { get; private set; }
    public DateTime Until { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    public bool RunsAt(DateTime utc) => RevokedAt is null && From <= utc && utc < Until;

    /// Ends the delegation now; what the deputy decided until then stands.
    public void Revoke(DateTime atUtc) => RevokedAt ??= DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
}

/// A deputyship the actor holds now: whose steps they may decide, and with which roles.
public sealed record Deputyship(string PrincipalUserName, IReadOnlySet<string> PrincipalRoles);
