using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Warehouse.Data.Identity;

namespace Warehouse.Web.Features.Admin.Import;

/// The user a background import acts as: the one who started it, with the roles and claims a sign-in would give them
/// now, so the job's audit rows, notes and permissions are theirs.
public sealed class ImportJobActor(UserManager<WarehouseUser> users, IUserClaimsPrincipalFactory<WarehouseUser> principals)
{
    public async Task<ClaimsPrincipal> PrincipalAsync(string userName) =>
        await users.FindByNameAsync(userName) is { } user ? await principals.CreateAsync(user)
            : throw new InvalidOperationException($"The user {userName} who started the import no longer exists.");

    /// Makes <paramref name="principal"/> the caller of everything the job then runs in this scope; call it from the
    /// method that runs the job (what an async method sets does not flow back to its caller).
    public static void ActAs(IServiceProvider services, ClaimsPrincipal principal) =>
        services.GetRequiredService<IHttpContextAccessor>().HttpContext =
            new DefaultHttpContext { User = principal, RequestServices = services };
}
