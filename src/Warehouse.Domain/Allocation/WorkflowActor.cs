using Warehouse.Domain.Common;
using RoleNames = Warehouse.Domain.Constants.Roles;

namespace Warehouse.Domain.Allocation;

/// Who fires a trigger: their roles, the depots they keep, their department. An account holding the Auditor role
/// reads everything and changes nothing, whatever other role it also holds.
public sealed record WorkflowActor(string UserName, IReadOnlySet<string> Roles, IReadOnlyList<int> Depots, int? DepartmentId,
    string? Scope = null)
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
}
