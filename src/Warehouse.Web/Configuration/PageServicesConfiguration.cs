using Warehouse.Web.Features.Allocation.Dispatches;
using Warehouse.Web.Features.Allocation.Requests;

namespace Warehouse.Web.Configuration;

/// The services that build the pages' models and carry out their forms, so controllers only bind, call and return.
public static class PageServicesConfiguration
{
    public static IServiceCollection AddWarehousePages(this IServiceCollection services)
    {
        services.AddScoped<RequestPages>();
        services.AddScoped<DispatchPages>();
        return services;
    }
}
