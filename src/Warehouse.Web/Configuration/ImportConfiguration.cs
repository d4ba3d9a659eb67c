using Warehouse.Web.Features.Admin.Import;

namespace Warehouse.Web.Configuration;

/// The Excel import: reading, previewing and writing a workbook, its template, and the background jobs that run it.
public static class ImportConfiguration
{
    public static IServiceCollection AddCatalogImport(this IServiceCollection services)
    {
        services.AddScoped<BothLanguages>();
        services.AddScoped<CatalogSheets>();
        services.AddScoped<ImportPreview>();
        services.AddScoped<ImportApply>();
        services.AddScoped<PlaceWriter>();
        services.AddScoped<ImportJobs>();
        services.AddScoped<ImportJobStages>();
        services.AddScoped<ImportJobActor>();
        services.AddSingleton<ImportProgressBoard>();
        services.AddSingleton<ImportJobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<ImportJobRunner>());
        services.AddScoped<ImportTemplate>();
        services.AddScoped<CatalogExport>();
        services.AddScoped<StockSheets>();
        services.AddScoped<OpeningStockWriter>();
        services.AddScoped<StockExport>();
        services.AddScoped<UserSheets>();
        services.AddScoped<UserWriter>();
        services.AddScoped<Features.Account.SetPassword.SetPasswordLinks>();
        // A new user's set-password link (Identity's reset token) stays good for three days.
        services.Configure<Microsoft.AspNetCore.Identity.DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(3));
        return services;
    }
}
