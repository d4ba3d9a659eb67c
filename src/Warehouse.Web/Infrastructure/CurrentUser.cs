using System.Security.Claims;
using Warehouse.Data.Auditing;
using Warehouse.Data.Identity;
using Warehouse.Data.Stock;
using Warehouse.Domain.Constants;

namespace Warehouse.Web.Infrastructure;

/// The signed-in user or station: who they are, where they act from, and which depots they may touch.
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentAuditActor
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public string UserName => Principal.Identity?.Name ?? "anonymous";

    public string DisplayName => Principal.FindFirstValue(WarehouseClaims.DisplayName) ?? UserName;

    public int? StationId => int.TryParse(Principal.FindFirstValue(WarehouseClaims.Station), out var id) ? id : null;

    public bool IsInRole(string role) => Principal.IsInRole(role);

    public int? DepartmentId => int.TryParse(Principal.FindFirstValue(WarehouseClaims.Department), out var id) ? id : null;

    /// The same person as the allocation workflow sees them: roles, depots, department.
    public Warehouse.Domain.Allocation.WorkflowActor ToWorkflowActor() =>
        new(UserName, Roles.All.Where(IsInRole).ToHashSet(), Depots, DepartmentId, ToActor().ClientScope);

    /// Keepers and stations are bound to their depots; everyone else sees all of them.
    public bool IsDepotBound => StationId is not null || (IsInRole(Roles.Keeper) && !IsInRole(Roles.Administrator));

    public IReadOnlyList<int> Depots =>
        Principal.FindAll(WarehouseClaims.Depot).Select(c => int.Parse(c.Value)).ToList();

    public bool CanSee(int depotId) => !IsDepotBound || Depots.Contains(depotId);

    public bool CanPostAt(int depotId) =>
        (IsInRole(Roles.Administrator) || IsInRole(Roles.Keeper)) && CanSee(depotId);

    /// Client ids are scoped to the caller: a station by its id, a signed-in user by their Identity user id.
    public Actor ToActor() => new(UserName, StationId, accessor.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        Principal.FindFirstValue(ClaimTypes.NameIdentifier));

    /// Audit rows name the user (or station) and the address the request came from.
    AuditActor ICurrentAuditActor.Current => AuditActor.Of(ToActor());
}
