using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Data;
using Warehouse.Data.Identity;

namespace Warehouse.Web.Infrastructure;

/// Puts what every page needs into the login cookie: the display name, the keeper's depots, the department.
public sealed class WarehouseClaimsFactory(
    UserManager<WarehouseUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    WarehouseDbContext db)
    : UserClaimsPrincipalFactory<WarehouseUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(WarehouseUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(WarehouseClaims.DisplayName, user.DisplayName));
        if (user.DepartmentId is { } department)
            identity.AddClaim(new Claim(WarehouseClaims.Department, department.ToString()));
        var depots = await db.UserDepots.Where(d => d.UserId == user.Id).Select(d => d.DepotId).ToListAsync();
        identity.AddClaims(depots.Select(d => new Claim(WarehouseClaims.Depot, d.ToString())));
        return identity;
    }
}

public static class WarehouseClaims
{
    public const string DisplayName = "warehouse:display-name";
    public const string Department = "warehouse:department";
    public const string Depot = "warehouse:depot";
    public const string Station = "warehouse:station";
}
