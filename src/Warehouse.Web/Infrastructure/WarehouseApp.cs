using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Warehouse.Data;
using Warehouse.Data.Allocation;
using Warehouse.Data.Identity;
using Warehouse.Data.Printing;
using Warehouse.Data.Stock;
using Warehouse.Data.Seeding;
using Warehouse.Domain.Common;
using Warehouse.Web.Features.Api;
using Warehouse.Web.Features.Printing;
using Warehouse.Web.Features.Stock;

namespace Warehouse.Web.Infrastructure;

public static class WarehouseApp
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static WebApplicationBuilder AddWarehouse(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var dataFolder = Path.Combine(builder.Environment.ContentRootPath, "App_Data");
        StartupJitProfile.Record(dataFolder);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new BureauClock(sp.GetRequiredService<TimeProvider>(),
            BureauClock.FindZone(configuration["Bureau:TimeZone"])));
        services.AddWarehouseData(configuration, dataFolder);
        services.AddScoped<DemoSeeder>();
        services.AddScoped<LedgerWriter>();
        services.AddScoped<AllocationService>();
        services.AddPrinting(configuration);

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
            options.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthentication()
            .AddScheme<StationKeyOptions, StationKeyHandler>(StationKeyHandler.SchemeName, _ => { })
            .AddPolicyScheme(ApiAuthentication.Scheme, "Cookie or station key", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(StationKeyHandler.Header)
                        ? StationKeyHandler.SchemeName
                        : IdentityConstants.ApplicationScheme);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.PostStock, p => p.RequireRole(Roles.Keeper, Roles.Administrator))
            .AddPolicy(Policies.EditCatalog, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.ManagePrinters, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Policies.ReadAudit, p => p.RequireRole(Roles.Administrator, Roles.Auditor, Roles.Manager));

        services.AddDataProtection().SetApplicationName("Warehouse").PersistKeysToDbContext<WarehouseDbContext>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<CodeLookup>();
        services.AddScoped<StockQueries>();
        services.AddScoped<Warehouse.Web.Features.Allocation.AllocationQueries>();
        services.AddScoped<PostingApiService>();
        services.AddSingleton<ExcelExport>();

        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("zh-CN");
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddJsonOptions(options => options.JsonSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.Configure<RazorViewEngineOptions>(options => options.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));
        // Razor would otherwise write every Chinese character as an entity: pages three times the size, unreadable source.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddProblemDetails();
        services.Configure<ApiBehaviorOptions>(options => options.InvalidModelStateResponseFactory = context =>
        {
            var errors = context.ModelState.Where(e => e.Value?.Errors.Count > 0)
                .ToDictionary(e => e.Key, e => e.Value!.Errors.Select(x => string.IsNullOrEmpty(x.ErrorMessage) ? "invalid" : x.ErrorMessage).ToArray());
            var result = ApiProblems.Result(StatusCodes.Status400BadRequest, "MalformedBody",
                "The request body is malformed or incomplete: " + string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
            ((ProblemDetails)result.Value!).Extensions["errors"] = errors;
            return result;
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseSetup.MigrateAndSeedAsync(scope.ServiceProvider, app.Configuration, app.Logger, app.Urls);
        if (app.Configuration.GetValue("Demo:Seed", true))
            await new DemoAllocations(scope.ServiceProvider.GetRequiredService<WarehouseDbContext>(),
                scope.ServiceProvider.GetRequiredService<BureauClock>().Zone,
                scope.ServiceProvider.GetRequiredService<IDispatchSlipQueue>()).SeedAsync();
    }

    public static WebApplication UseWarehouse(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(StartupJitProfile.Stop);
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Home/Error",
            StatusCodeSelector = _ => StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePagesWithReExecute("/Home/Status/{0}");
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health").AllowAnonymous();
        // Does no work at all: what a load balancer pings, and the baseline the benchmarks hold postings against.
        app.MapMethods("/ping", ["GET", "POST"], () => Results.Text("pong")).AllowAnonymous();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        return app;
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
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

public static class Policies
{
    public const string PostStock = "PostStock";
    public const string EditCatalog = "EditCatalog";
    public const string ReadAudit = "ReadAudit";
    public const string ManagePrinters = "ManagePrinters";
}
