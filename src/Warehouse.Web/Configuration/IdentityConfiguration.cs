using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Warehouse.Data;
using Warehouse.Data.Identity;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Configuration;

/// Identity, the sign-in cookie, and the station-key scheme the API accepts beside it.
public static class IdentityConfiguration
{
    public static IServiceCollection AddWarehouseIdentity(this IServiceCollection services)
    {
        services.AddIdentity<WarehouseUser, IdentityRole>(options =>
            {
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.Password.RequiredLength = 8;
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<WarehouseDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<WarehouseClaimsFactory>();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            options.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
            // A refused page answers 403 in place; the status-code page shows the access-denied page.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAuthentication()
            .AddScheme<StationKeyOptions, StationKeyHandler>(StationKeyHandler.SchemeName, _ => { })
            .AddPolicyScheme(ApiAuthentication.Scheme, "Cookie or station key", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(StationKeyHandler.Header)
                        ? StationKeyHandler.SchemeName
                        : IdentityConstants.ApplicationScheme);
        return services;
    }

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
