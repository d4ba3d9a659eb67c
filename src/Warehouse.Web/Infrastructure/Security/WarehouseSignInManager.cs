using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Warehouse.Data.Identity;

namespace Warehouse.Web.Infrastructure.Security;

/// Identity's sign-in, refusing disabled users at every step (password, second factor, refresh).
public sealed class WarehouseSignInManager(
    UserManager<WarehouseUser> users,
    IHttpContextAccessor accessor,
    IUserClaimsPrincipalFactory<WarehouseUser> claims,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<WarehouseUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<WarehouseUser> confirmation)
    : SignInManager<WarehouseUser>(users, accessor, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(WarehouseUser user) => !user.Disabled && await base.CanSignInAsync(user);
}
