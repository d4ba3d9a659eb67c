using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Warehouse.Data.Identity;
using Warehouse.Domain.Common;
using Warehouse.Domain.Constants;

namespace Warehouse.Web.Infrastructure.Security;

/// Sends a user whose password must be changed, or who must enrol a second factor, to that page from every other
/// page; API calls get a 403 problem naming what is owed.
public sealed class AccountGate(RequestDelegate next)
{
    public const string PasswordPath = "/Account/Password";
    public const string TwoFactorPath = "/Account/TwoFactor";

    private static readonly string[] AlwaysOpen = [PasswordPath, TwoFactorPath, "/Account/Logout", "/Account/Language", "/Home/Status",
        "/Home/Error"];

    public async Task InvokeAsync(HttpContext context, IOptions<SecurityOptions> options, IStringLocalizer<SharedResource> localizer)
    {
        var owed = Owed(context, options.Value);
        if (owed is null || AlwaysOpen.Any(p => context.Request.Path.StartsWithSegments(p)))
        {
            await next(context);
            return;
        }
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await ApiProblems.WriteAsync(context, owed, localizer);
            return;
        }
        context.Response.Redirect(owed.Code == "PasswordChangeRequired" ? PasswordPath : TwoFactorPath);
    }

    private static DomainError? Owed(HttpContext context, SecurityOptions options)
    {
        if (context.Features.Get<AccountState>() is not { } state)
            return null;
        if (state.MustChangePassword)
            return Errors.PasswordChangeRequired();
        return MustEnrol(context, state, options) ? Errors.MfaEnrolmentRequired() : null;
    }

    /// Whether this user's role asks for a second factor they have not set up yet.
    public static bool MustEnrol(HttpContext context, AccountState state, SecurityOptions options) =>
        options.RequireMfa && !state.TwoFactorEnabled && RequiresMfa(context.User, options);

    public static bool RequiresMfa(System.Security.Claims.ClaimsPrincipal user, SecurityOptions options) =>
        options.RequireMfa && Roles.RequiringMfa.Any(user.IsInRole);
}
