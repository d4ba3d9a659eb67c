using Microsoft.AspNetCore.Identity;
using Warehouse.Domain.Catalog;

namespace Warehouse.Data.Identity;

public sealed class WarehouseUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? DepartmentId { get; set; }
    public Department? Department { get; set; }
    public List<UserDepot> Depots { get; set; } = [];

    /// A disabled user cannot sign in, and their sessions end at their next request.
    public bool Disabled { get; set; }

    /// Set when an administrator chose the password: every page sends the user to change it first.
    public bool MustChangePassword { get; set; }
}

/// A depot a keeper works at; keepers see and post only at their own depots.
public sealed class UserDepot
{
    public string UserId { get; set; } = "";
    public int DepotId { get; set; }
    public Depot? Depot { get; set; }
}
