using Warehouse.Data.Counting.Steps;

namespace Warehouse.Web.Features.Counts;

public static class CountsServiceCollectionExtensions
{
    /// The stocktaking pages' reads and commands, and the variance slip the approval queues.
    public static IServiceCollection AddCounts(this IServiceCollection services)
    {
        services.AddScoped<CountQueries>();
        services.AddScoped<CountCommands>();
        services.AddScoped<ICountSlipQueue, CountSlipQueue>();
        return services;
    }
}
