using Microsoft.AspNetCore.Identity;
using Warehouse.Data;
using Warehouse.Data.Auditing;
using Warehouse.Data.Identity;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure.Security;

namespace Warehouse.Web.Features.Account;

/// What a sign-in attempt came to, as the login page tells it.
public enum LoginOutcome
{
    SignedIn,
    SecondStepNeeded,
    Refused,
    Locked,
}

/// Password sign-in that answers unknown and existing names alike, in work done and in words; every attempt is audited.
public sealed class SignInService(
    SignInManager<WarehouseUser> signIn,
    LoginThrottle throttle,
    DummyPassword dummy,
    WarehouseDbContext db,
    AuditTrail audit,
    IHttpContextAccessor accessor)
{
    private string? Origin => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public async Task<LoginOutcome> PasswordAsync(string typedName, string password, CancellationToken cancellationToken)
    {
        // One spelling per name, so "Admin" and "ADMIN" share the failure count whether the account exists or not.
        var name = typedName.Trim().ToLowerInvariant();
        var failures = await throttle.RecentFailuresAsync(name, Origin, cancellationToken);
        if (failures >= LoginThrottle.FailuresBeforeLock)
        {
            dummy.Verify(password);
            await AuditAsync(name, AuditActions.LockedOut, "address locked out of this name");
            return LoginOutcome.Locked;
        }
        var user = await signIn.UserManager.FindByNameAsync(name);
        var (result, why) = await CheckAsync(user, password);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            await AuditAsync(name, AuditActions.LoginSucceeded, result.RequiresTwoFactor ? "password; second step pending" : null);
            return result.Succeeded ? LoginOutcome.SignedIn : LoginOutcome.SecondStepNeeded;
        }
        await AuditAsync(name, AuditActions.LoginFailed, why);
        return failures + 1 >= LoginThrottle.FailuresBeforeLock ? LoginOutcome.Locked : LoginOutcome.Refused;
    }

    private async Task<(SignInResult Result, string? Why)> CheckAsync(WarehouseUser? user, string password)
    {
        if (user is null)
        {
            dummy.Verify(password);
            return (SignInResult.Failed, "unknown user name");
        }
        if (user.Disabled || await signIn.UserManager.IsLockedOutAsync(user))
        {
            dummy.Verify(password);
            return (SignInResult.Failed, user.Disabled ? "disabled" : "account locked (backstop)");
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return (result, result.IsLockedOut ? "wrong password; account now locked (backstop)" : "wrong password");
    }

    /// Records a second-step attempt (authenticator code or recovery code) under the waiting user's name.
    public Task AuditSecondStepAsync(string? userName, string action) =>
        AuditAsync(userName?.ToLowerInvariant() ?? "anonymous", action, null);

    private async Task AuditAsync(string name, string action, string? detail)
    {
        // The attempted name, not the (still anonymous) caller.
        audit.Record(new AuditActor(name, Origin), action, "account", detail);
        await db.SaveChangesAsync();
    }
}
