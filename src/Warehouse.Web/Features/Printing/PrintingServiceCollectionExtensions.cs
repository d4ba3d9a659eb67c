using Warehouse.Data.Printing;
using Warehouse.Web.Features.Agents;

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
        services.AddSingleton<ZplLabelComposer>();
        services.AddScoped<PrintJobRenderer>();
        services.AddScoped<IDispatchSlipQueue, DispatchSlipQueue>();
        services.AddScoped<SlipSource>();
        services.AddScoped<DeliveryReceipts>();
        services.AddSingleton<PrintQueueProcessor>();
        services.AddSingleton<PrintWorkerHeartbeat>();
        services.AddHostedService<PrintWorker>();
        services.AddScoped<LabelSource>();
        services.Configure<AgentOptions>(configuration.GetSection(AgentOptions.Section));
        services.AddScoped<AgentRegistry>();
        services.AddScoped<AgentJobLeases>();
        services.AddScoped<AgentDesk>();
        services.AddScoped<AgentViews>();
        services.AddScoped<StationScanRelay>();
        services.AddScoped<StationScanners>();
        return services;
    }
}
