using Warehouse.Domain.Approvals;
using Warehouse.Domain.Common;
using RoleNames = Warehouse.Domain.Constants.Roles;

namespace Warehouse.Domain.Allocation;

/// Who fires a trigger: their roles, the depots they keep, their department. An account holding the Auditor role
/// reads everything and changes nothing, whatever other role it also holds. <paramref name="Deputising"/> lists the approvers
/// whose steps the actor may decide now as their deputy.
public sealed record WorkflowActor(string UserName, IReadOnlySet<string> Roles, IReadOnlyList<int> Depots, int? DepartmentId,
    string? Scope = null, IReadOnlyList<Deputyship>? Deputising = null)
{
    /// The key space this actor's client ids (pick scans) live in; see <see cref="ClientScopes"/>.
    public string ClientScope => Scope ?? ClientScopes.ForUser(UserName);
    public bool IsReadOnly => Roles.Contains(RoleNames.Auditor);
    public bool IsManager => !IsReadOnly && (Roles.Contains(RoleNames.Manager) || Roles.Contains(RoleNames.Administrator));
    public bool IsKeeper => !IsReadOnly && (Roles.Contains(RoleNames.Keeper) || Roles.Contains(RoleNames.Administrator));

    public bool KeepsDepot(int depotId) =>
        !IsReadOnly && (Roles.Contains(RoleNames.Administrator) || (Roles.Contains(RoleNames.Keeper) && Depots.Contains(depotId)));

    public bool SpeaksFor(AllocationRequest request) =>
        !IsReadOnly && (Roles.Contains(RoleNames.Administrator) || (Roles.Contains(RoleNames.Department)
            && request.DepartmentId == DepartmentId));

    /// Departments ask for supplies, managers may ask on their behalf; keepers and auditors do not.
    public bool MayRequest => IsManager || (!IsReadOnly && Roles.Contains(RoleNames.Department));

    /// Who signs for goods: a keeper of the receiving depot (a transfer), the requesting department (otherwise), or a manager.
    public bool MayConfirmDelivery(AllocationRequest request) =>
        IsManager || (request.IsTransfer ? KeepsDepot(request.DestinationDepotId ?? 0) : SpeaksFor(request));

    /// Whether the actor holds an approval level themselves.
    public bool Holds(ApprovalLevel level) => !IsReadOnly && ApprovalLevels.RolesFor(level).Any(Roles.Contains);

    /// The approver on whose behalf the actor would decide a step of this level; null when they hold it themselves or not at all.
    public string? ActsFor(ApprovalLevel level) => Holds(level) || IsReadOnly ? null
        : Deputising?.FirstOrDefault(d => ApprovalLevels.RolesFor(level).Any(d.PrincipalRoles.Contains))?.PrincipalUserName;

    /// Whether the actor may decide a step of this level, themselves or as a deputy.
    public bool MayDecide(ApprovalLevel level) => Holds(level) || ActsFor(level) is not null;

    /// The same actor, standing in for these approvers.
    public WorkflowActor Standing(IReadOnlyList<Deputyship> deputyships) => this with { Deputising = deputyships };
}
