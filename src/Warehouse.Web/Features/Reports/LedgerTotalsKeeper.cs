using Microsoft.Extensions.Options;
using Warehouse.Data.Reporting;
using Warehouse.Web.Features.Reports.ReserveSummary;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Reports;

/// How the ledger's month and day totals are kept current (`Reports:Totals:` in configuration).
public sealed class LedgerTotalsOptions
{
    /// Whether this instance keeps the totals; of several instances on one database any number may (one round at a
    /// time goes through the mark's lock), and reports are refused while the totals are far behind and nobody keeps them.
    public bool Enabled { get; set; } = true;

    /// The first round, a short while after start so that start-up itself stays quick.
    public TimeSpan FirstRunAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// Time between rounds; a report that finds the totals far behind asks for one at once.
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// A report brings up to this many ledger rows into the totals itself; beyond it (a rebuild after an upgrade, a
    /// change of time zone) the report says the totals are being brought up to date and this keeper does it.
    public int InRequestRows { get; set; } = 200_000;
}

/// Brings the ledger's month and day totals up to the ledger's head in the background: shortly after start (where an
/// upgrade may have asked for a rebuild of millions of rows), then every interval, and at once when a report asks. Each
/// round then records the quota coverage of any month's end not yet recorded.
public sealed class LedgerTotalsKeeper(IServiceScopeFactory scopes, IOptions<LedgerTotalsOptions> options,
    ILogger<LedgerTotalsKeeper> logger) : RoundsWorker(logger)
{
    protected override bool Enabled => options.Value.Enabled;
    protected override TimeSpan FirstRoundAfter => options.Value.FirstRunAfter;
    protected override TimeSpan Interval => options.Value.Interval;
    protected override string Failure => "The ledger totals could not be brought up to date.";

    /// One round now; the keeper calls this on its schedule, tests call it directly. Answers the sequence the totals reach.
    public async Task<long> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var reached = await scope.ServiceProvider.GetRequiredService<LedgerTotalsRefresh>().RunAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<QuotaCoverageRecorder>().RecordMissingAsync(cancellationToken);
        return reached;
    }

    // The next round goes on from the last step that was saved.
    protected override Task RoundAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);
}
