using Warehouse.Web.Features.Reports.ReserveSummary;

namespace Warehouse.Web.Features.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// The reports' queries: the half-yearly reserve summary.
    public static IServiceCollection AddReports(this IServiceCollection services) => services.AddScoped<ReserveSummaryQueries>().AddScoped<ReserveSummaryWorkbook>();
}
