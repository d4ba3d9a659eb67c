using Microsoft.AspNetCore.DataProtection;
using Warehouse.Data;
using Warehouse.Data.Allocation;
using Warehouse.Data.Printing;
using Warehouse.Data.Seeding;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;
using Warehouse.Web.Configuration;
using Warehouse.Web.Features.Api;
using Warehouse.Web.Features.Counts;
using Warehouse.Web.Features.Integrity;
using Warehouse.Web.Features.Printing;
using Warehouse.Web.Features.Reports;
using Warehouse.Web.Features.Stock;
using Warehouse.Web.Features.Stock.Export;

namespace Warehouse.Web.Infrastructure;

/// The app's services and request pipeline; each concern's wiring lives in its own file under Configuration/.
public static class WarehouseApp
{
    public static WebApplicationBuilder AddWarehouse(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var dataFolder = Path.Combine(builder.Environment.ContentRootPath, "App_Data");
        builder.AddWarehouseLogging();
        StartupJitProfile.Record(dataFolder);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new BureauClock(sp.GetRequiredService<TimeProvider>(),
            BureauClock.FindZone(configuration["Bureau:TimeZone"])));
        services.AddWarehouseData(configuration, dataFolder);
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoData>();
        services.AddScoped<LedgerWriter>();
        services.AddPrinting(configuration);
        services.AddCounts();
        services.AddReports(configuration);
        services.Configure<IntegrityOptions>(configuration.GetSection("Integrity"));
        services.AddSingleton<IntegrityCheckWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<IntegrityCheckWorker>());
        services.AddSingleton<IntegrityRuns>();
        services.AddScoped<IntegrityVerification>();
        services.Configure<Features.Allocation.EscalationOptions>(configuration.GetSection("Allocation:Escalation"));
        services.AddSingleton<Features.Allocation.EscalationWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.Allocation.EscalationWorker>());

        services.AddWarehouseIdentity(configuration);
        services.AddFirstRunSetup();
        services.AddCatalogImport();
        services.AddWarehouseAuthorization();
        services.AddDataProtection().SetApplicationName("Warehouse").PersistKeysToDbContext<WarehouseDbContext>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<Warehouse.Data.Auditing.ICurrentAuditActor>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<CodeLookup>();
        services.AddScoped<Features.Api.PickScans>();
        services.AddSingleton<CodePhotoReader>();
        services.AddScoped<StockQueries>();
        services.AddScoped<Features.Allocation.AllocationQueries>();
        services.AddScoped<PostingApiService>();
        services.AddScoped<Features.Admin.Users.UserDirectory>();
        services.AddScoped<Features.Admin.Users.UserAdministration>();
        services.AddSingleton(new ExcelExport(configuration.GetValue("Exports:MaxRows",
            ExcelExport.ExcelRowLimit - ExcelExport.HeaderRows - 1)));
        services.AddSingleton(new ExportGate(configuration.GetValue("Exports:MaxConcurrent", 2)));
        services.AddSingleton<Features.Exports.ExportJobBoard>();
        services.AddScoped<Features.Exports.ExportDesk>();
        services.AddScoped<Features.Exports.ExportJobPages>();
        services.AddWarehouseLocalization();
        services.AddWarehouseMvc();
        services.AddWarehousePages();
        services.AddWarehouseOpenApi();
        services.AddWarehouseTelemetry();
        services.AddWarehouseLive(configuration);
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.Ready])
            .AddCheck<PrintWorkerHealthCheck>("print-worker", tags: [HealthEndpoints.Ready]);
        return builder;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseSetup.MigrateAndSeedAsync(scope.ServiceProvider, app.Configuration, app.Logger, app.Urls);
    }

    public static WebApplication UseWarehouse(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(StartupJitProfile.Stop);
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Home/Error",
            StatusCodeSelector = ErrorStatus.Of,
        });
        app.UseStatusCodePagesWithReExecute("/Home/Status/{0}");
        app.UseRequestBodyLimit();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseApiBodyLimit();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<Security.AccountGate>();
        app.UseLogUser();
        app.UseAuthorization();
        app.MapWarehouseHealth();
        app.MapWarehouseMetrics();
        // Does no work at all: what a load balancer pings, and the baseline the benchmarks hold postings against.
        app.MapMethods("/ping", ["GET", "POST"], () => Results.Text("pong")).AllowAnonymous();
        app.MapWarehouseOpenApi();
        app.MapWarehouseLive();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        return app;
    }
}
