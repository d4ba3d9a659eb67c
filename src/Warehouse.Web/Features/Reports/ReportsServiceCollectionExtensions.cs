using Warehouse.Web.Features.Allocation.TransferTimes;
using Warehouse.Web.Features.Reports.Periods;
using Warehouse.Web.Features.Reports.ReserveSummary;

namespace Warehouse.Web.Features.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// The reports' queries: the half-yearly reserve summary, and the closed periods with their auditor pack; and the
    /// keepers of the ledger totals and the transfer tallies they read.
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<LedgerTotalsOptions>(configuration.GetSection("Reports:Totals"))
            .AddSingleton<LedgerTotalsKeeper>().AddHostedService(sp => sp.GetRequiredService<LedgerTotalsKeeper>())
            .Configure<TransferTallyOptions>(configuration.GetSection("Reports:TransferTallies"))
            .AddSingleton<TransferTallyKeeper>().AddHostedService(sp => sp.GetRequiredService<TransferTallyKeeper>())
            .AddScoped<TransferTallyRefresh>().AddScoped<TransferTallies>()
            .AddScoped<ReserveSummaryQueries>().AddScoped<QuotaCoverageQuery>().AddScoped<QuotaCoverageRecorder>().AddScoped<ReserveSummaryWorkbook>()
            .AddScoped<PeriodQueries>().AddScoped<PeriodCommands>().AddScoped<AuditorPack>()
            .AddScoped<PackSections>().AddScoped<PackTimelines>();
}
