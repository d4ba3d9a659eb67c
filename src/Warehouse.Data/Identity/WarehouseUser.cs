using Microsoft.AspNetCore.Identity;
using Warehouse.Domain.Catalog;

namespace Warehouse.Data.Identity;

public sealed class WarehouseUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? DepartmentId { get; set; }
    public Department? Department { get; set; }
    public List<UserDepot> Depots { get; set; } = [];
}

/// A depot a keeper works at; keepers see and post only at their own depots.
public sealed class UserDepot
{
    public string UserId { get; set; } = "";
    public int DepotId { get; set; }
    public Depot? Depot { get; set; }
}

public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Manager = "Manager";
    public const string Keeper = "Keeper";
    public const string Department = "Department";
    public const string Auditor = "Auditor";

    public static readonly IReadOnlyList<string> All = [Administrator, Manager, Keeper, Department, Auditor];
}
