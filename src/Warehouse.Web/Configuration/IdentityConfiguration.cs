using Microsoft.AspNetCore.Identity;
using Warehouse.Data;
using Warehouse.Data.Identity;
using Warehouse.Web.Features.Account;
using Warehouse.Web.Infrastructure;
using Warehouse.Web.Infrastructure.Security;

namespace Warehouse.Web.Configuration;

/// Identity, the sign-in cookie, the login throttle, and the station-key scheme the API accepts beside the cookie.
public static class IdentityConfiguration
{
    public static IServiceCollection AddWarehouseIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);
        services.AddIdentity<WarehouseUser, IdentityRole>(options =>
            {
                // A backstop against guessing spread over many addresses; the per-address lock (LoginThrottle) comes first.
                options.Lockout.MaxFailedAccessAttempts = 50;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.Password.RequiredLength = 12;
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<WarehouseDbContext>()
            .AddDefaultTokenProviders()
            .AddSignInManager<WarehouseSignInManager>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddPasswordValidator<UserNameInPasswordValidator>()
            .AddClaimsPrincipalFactory<WarehouseClaimsFactory>();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = SessionCookieEvents.Idle;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.EventsType = typeof(SessionCookieEvents);
        });
        services.AddScoped<SessionCookieEvents>();
        services.AddScoped<DummyPassword>();
        services.AddScoped<LoginThrottle>();
        services.AddScoped<SignInService>();
        services.AddLoginRateLimit();
        services.AddAuthentication()
            .AddScheme<StationKeyOptions, StationKeyHandler>(StationKeyHandler.SchemeName, _ => { })
            .AddScheme<DepartmentKeyOptions, DepartmentKeyHandler>(DepartmentKeyHandler.SchemeName, _ => { })
            .AddPolicyScheme(ApiAuthentication.Scheme, "Cookie, station key or department key", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(StationKeyHandler.Header) ? StationKeyHandler.SchemeName
                    : context.Request.Headers.ContainsKey(DepartmentKeyHandler.Header) ? DepartmentKeyHandler.SchemeName
                    : IdentityConstants.ApplicationScheme);
        return services;
    }
}
