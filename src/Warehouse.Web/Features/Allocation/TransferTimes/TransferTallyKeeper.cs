using Microsoft.Extensions.Options;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Allocation.TransferTimes;

/// How the transfer tallies are kept (`Reports:TransferTallies:` in configuration).
public sealed class TransferTallyOptions
{
    /// Whether this instance keeps the tallies; of several instances on one database any number may. The report is whole
    /// without them (it reads the deliveries not yet tallied itself), only slower the more there are.
    public bool Enabled { get; set; } = true;

    /// The first round, a short while after start so that start-up itself stays quick.
    public TimeSpan FirstRunAfter { get; set; } = TimeSpan.FromSeconds(20);

    /// Time between rounds.
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}

/// Tallies the deliveries made since the last round: shortly after start (after an upgrade, every delivery ever made),
/// then every interval.
public sealed class TransferTallyKeeper(IServiceScopeFactory scopes, IOptions<TransferTallyOptions> options,
    ILogger<TransferTallyKeeper> logger) : RoundsWorker(logger)
{
    protected override bool Enabled => options.Value.Enabled;
    protected override TimeSpan FirstRoundAfter => options.Value.FirstRunAfter;
    protected override TimeSpan Interval => options.Value.Interval;
    protected override string Failure => "The transfer tallies could not be brought up to date.";

    /// One round now; the keeper calls this on its schedule, tests call it directly. Answers how many deliveries it tallied.
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TransferTallyRefresh>().RunAsync(cancellationToken);
    }

    protected override Task RoundAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);
}
