using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Data;

namespace Warehouse.Web.Infrastructure.Security;

/// The sign-in cookie's checks: a session lives 30 minutes idle (sliding) and 12 hours from sign-in at most, and ends
/// at once when the user's security stamp changes (logout, password change, disabling).
public sealed class SessionCookieEvents(WarehouseDbContext db, TimeProvider time, IOptions<IdentityOptions> identity)
    : CookieAuthenticationEvents
{
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(12);
    private const string SignedInKey = "warehouse.signed-in";

    // Sliding renewal moves IssuedUtc, so the sign-in time rides in the ticket's own items; a refresh keeps them.
    public override Task SigningIn(CookieSigningInContext context)
    {
        context.Properties.Items.TryAdd(SignedInKey, time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }

    // Checked on every request rather than Identity's 30-minute interval: one indexed read, and a cookie copied
    // before logout stops working at once instead of half an hour later.
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal!;
        var claims = identity.Value.ClaimsIdentity;
        var id = principal.FindFirstValue(claims.UserIdClaimType);
        var state = id is null || IsPastAbsoluteLimit(context.Properties) ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == id)
                .Select(u => new AccountState(u.SecurityStamp, u.Disabled, u.MustChangePassword, u.TwoFactorEnabled))
                .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        if (state is null || state.Disabled || state.SecurityStamp != principal.FindFirstValue(claims.SecurityStampClaimType))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        context.HttpContext.Features.Set(state);
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        ApiAware(context, StatusCodes.Status401Unauthorized);

    // A refused page answers 403 in place; the status-code page shows the access-denied page.
    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    private bool IsPastAbsoluteLimit(AuthenticationProperties properties) =>
        !properties.Items.TryGetValue(SignedInKey, out var text)
        || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedIn)
        || time.GetUtcNow() - signedIn > Absolute;

    // API callers get a status code, pages a redirect to the login or access-denied page.
    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
