using Microsoft.AspNetCore.DataProtection;
using Warehouse.Data;
using Warehouse.Data.Allocation;
using Warehouse.Data.Printing;
using Warehouse.Data.Seeding;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;
using Warehouse.Web.Configuration;
using Warehouse.Web.Features.Api;
using Warehouse.Web.Features.Printing;
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
        StartupJitProfile.Record(dataFolder);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new BureauClock(sp.GetRequiredService<TimeProvider>(),
            BureauClock.FindZone(configuration["Bureau:TimeZone"])));
        services.AddWarehouseData(configuration, dataFolder);
        services.AddScoped<DemoSeeder>();
        services.AddScoped<LedgerWriter>();
        services.AddScoped<AllocationService>();
        services.AddPrinting(configuration);

        services.AddWarehouseIdentity();
        services.AddWarehouseAuthorization();
        services.AddDataProtection().SetApplicationName("Warehouse").PersistKeysToDbContext<WarehouseDbContext>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<CodeLookup>();
        services.AddScoped<StockQueries>();
        services.AddScoped<Features.Allocation.AllocationQueries>();
        services.AddScoped<PostingApiService>();
        services.AddSingleton(new ExcelExport(configuration.GetValue("Exports:MaxRows", ExcelExport.ExcelRowLimit - ExcelExport.HeaderRows - 1)));
        services.AddSingleton(new ExportGate(configuration.GetValue("Exports:MaxConcurrent", 2)));
        services.AddWarehouseLocalization();
        services.AddWarehouseMvc();
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
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health").AllowAnonymous();
        // Does no work at all: what a load balancer pings, and the baseline the benchmarks hold postings against.
        app.MapMethods("/ping", ["GET", "POST"], () => Results.Text("pong")).AllowAnonymous();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        return app;
    }
}
