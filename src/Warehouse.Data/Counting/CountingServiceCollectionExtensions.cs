using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Warehouse.Data.Allocation;
using Warehouse.Data.Auditing;
using Warehouse.Data.Counting.Steps;
using Warehouse.Data.Stock;
using Warehouse.Domain.Counting;

namespace Warehouse.Data.Counting;

public static class CountingServiceCollectionExtensions
{
    /// Stocktaking: one class per step and the runner they share. The tolerance comes from `Counts:ToleranceQuantity`
    /// and `Counts:ToleranceValue`; the steps also need an <see cref="ICountSlipQueue"/>.
    public static IServiceCollection AddCountSteps(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ToleranceFrom(configuration));
        services.TryAddScoped<NumberSequences>();
        services.TryAddScoped<LedgerWriter>();
        services.TryAddScoped<AuditTrail>();
        services.TryAddScoped<WorkflowNumbers>();
        services.TryAddScoped<WorkflowDocuments>();
        services.AddScoped<CountStepRunner>();
        services.AddScoped<CountExpectations>();
        services.AddScoped<CountAdjustments>();
        services.AddScoped<CountPlanning>();
        services.AddScoped<CountTriggers>();
        services.AddScoped<CountRecording>();
        services.AddScoped<CountSubmission>();
        services.AddScoped<CountApproval>();
        return services;
    }

    public static CountTolerance ToleranceFrom(IConfiguration configuration) => new(
        int.TryParse(configuration["Counts:ToleranceQuantity"], CultureInfo.InvariantCulture, out var quantity)
            ? quantity : CountTolerance.Default.Quantity,
        decimal.TryParse(configuration["Counts:ToleranceValue"], CultureInfo.InvariantCulture, out var value)
            ? value : CountTolerance.Default.Value);
}
