using Warehouse.Web.Features.Admin.Import;

namespace Warehouse.Web.Configuration;

/// The Excel import: reading, previewing and writing a workbook, its template, and where uploads wait for confirmation
/// (`Import:Folder`, a folder of the system's temporary files unless configured).
public static class ImportConfiguration
{
    public static IServiceCollection AddCatalogImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<BothLanguages>();
        services.AddScoped<CatalogSheets>();
        services.AddScoped<ImportPreview>();
        services.AddScoped<ImportApply>();
        services.AddScoped<PlaceWriter>();
        services.AddScoped<ImportPages>();
        services.AddScoped<ImportTemplate>();
        services.AddScoped<CatalogExport>();
        services.AddSingleton(new PendingUploads(configuration["Import:Folder"] ?? Path.Combine(Path.GetTempPath(), "warehouse-imports")));
        return services;
    }
}
