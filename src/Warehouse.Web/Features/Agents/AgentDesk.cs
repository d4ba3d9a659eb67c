using Microsoft.Extensions.Options;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Agents;

/// The calling station's agent: what its calls come to, for the station the key names.
public sealed class AgentDesk(CurrentUser user, AgentRegistry registry, AgentJobLeases leases, StationScanRelay scans,
    IOptions<AgentOptions> options)
{
    /// The longest a caller may ask the server to wait for a job.
    public const int MaxWaitSeconds = 60;

    private int StationId => user.StationId ?? throw new InvalidOperationException("The agent's calls are made with a station key.");

    public Task<Outcome<AgentWelcome>> AnnounceAsync(AgentHello hello, CancellationToken cancellationToken) =>
        registry.AnnounceAsync(StationId, hello, cancellationToken);

    public Task ReportAsync(IReadOnlyList<AgentPrinterReport>? printers, CancellationToken cancellationToken) =>
        registry.ReportAsync(StationId, printers, cancellationToken);

    /// Notes that the agent called (and how its printers are), then waits for a job for it.
    public async Task<AgentJob?> NextAsync(IReadOnlyList<AgentPrinterReport>? printers, int? waitSeconds,
        CancellationToken cancellationToken)
    {
        await registry.ReportAsync(StationId, printers, cancellationToken);
        var wait = waitSeconds is { } seconds ? TimeSpan.FromSeconds(Math.Clamp(seconds, 0, MaxWaitSeconds)) : options.Value.Wait;
        return await leases.NextAsync(StationId, wait, cancellationToken);
    }

    public async Task<DomainError?> PrintedAsync(long id, AgentJobReport report, CancellationToken cancellationToken)
    {
        await registry.ReportAsync(StationId, report.Printers, cancellationToken);
        return await leases.PrintedAsync(StationId, id, report.Lease, cancellationToken);
    }

    public async Task<DomainError?> FailedAsync(long id, AgentJobReport report, CancellationToken cancellationToken)
    {
        await registry.ReportAsync(StationId, report.Printers, cancellationToken);
        return await leases.FailedAsync(StationId, id, report.Lease, report.Error, cancellationToken);
    }

    /// Hands a scan to the station's open scan box pages.
    public async Task<DomainError?> ForwardAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > MaxScanLength)
            return Errors.AgentScanInvalid();
        await scans.AddAsync(StationId, code, cancellationToken);
        return null;
    }

    /// The longest code a scanner forwards.
    public const int MaxScanLength = Domain.Stations.ForwardedScan.MaxCodeLength;
}
