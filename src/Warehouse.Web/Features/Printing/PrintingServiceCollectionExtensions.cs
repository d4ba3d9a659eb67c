using Warehouse.Data.Printing;

namespace Warehouse.Web.Features.Printing;

public static class PrintingServiceCollectionExtensions
{
    public static IServiceCollection AddPrinting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PrintingOptions>(configuration.GetSection(PrintingOptions.Section));
        services.AddSingleton<PrintTargets>();
        services.AddSingleton<PrinterAddressPolicy>();
        services.AddScoped<PrinterStatusProbe>();
        services.AddScoped<PrinterAdministration>();
        services.AddSingleton<ReceiptComposer>();
        services.AddScoped<PrintJobRenderer>();
        services.AddScoped<IDispatchSlipQueue, DispatchSlipQueue>();
        services.AddScoped<SlipSource>();
        services.AddSingleton<PrintQueueProcessor>();
        services.AddSingleton<PrintWorkerHeartbeat>();
        services.AddHostedService<PrintWorker>();
        services.AddScoped<LabelSource>();
        return services;
    }
}
