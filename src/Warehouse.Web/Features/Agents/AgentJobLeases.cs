using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Data;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;
using Warehouse.Web.Features.Printing;

namespace Warehouse.Web.Features.Agents;

/// Hands the print jobs of a station's agent printers to its agent, one at a time, under a lease. Like the server's own
/// print queue, a printer's oldest open job holds the others back, and a job is taken with an atomic conditional update.
/// The agent reports each job printed only after it wrote the bytes and read the printer's status back; a lease it never
/// reports on runs out and the job is leased again, so a job is printed at least once and never lost.
public sealed class AgentJobLeases(WarehouseDbContext db, BureauClock clock, PrintTargets targets, PrintJobRenderer renderer,
    IOptions<AgentOptions> agentOptions, IOptions<PrintingOptions> printingOptions)
{
    /// Waits up to <paramref name="wait"/> for a job of the station's agent printers; null when none came.
    public async Task<AgentJob?> NextAsync(int stationId, TimeSpan wait, CancellationToken cancellationToken)
    {
        var until = clock.UtcNow + wait;
        while (!cancellationToken.IsCancellationRequested)
        {
            var printers = await db.AgentPrinters.AsNoTracking().Where(p => p.StationId == stationId && p.PrinterId != null)
                .OrderBy(p => p.Position).Select(p => new { p.Name, PrinterId = p.PrinterId!.Value }).ToListAsync(cancellationToken);
            foreach (var printer in printers)
            {
                if (await TryLeaseAsync(stationId, printer.PrinterId, printer.Name, cancellationToken) is { } job)
                    return job;
            }
            if (clock.UtcNow >= until)
                return null;
            await Task.Delay(agentOptions.Value.PollInterval, cancellationToken);
        }
        return null;
    }

    /// Marks the job printed, if the lease is still the agent's.
    public async Task<DomainError?> PrintedAsync(int stationId, long id, string lease, CancellationToken cancellationToken)
    {
        if (!IsLeaseOf(stationId, lease))
            return Errors.AgentLeaseLost(id);
        var now = clock.UtcNow;
        var marked = await SqliteWriteGate.RunAsync(db, () => Leased(id, lease).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, PrintJobState.Printed)
            .SetProperty(j => j.PrintedAt, now)
            .SetProperty(j => j.LastError, (string?)null)
            .SetProperty(j => j.Content, j => j.Kind == PrintJobKind.DispatchSlip ? null : j.Content)
            .SetProperty(j => j.LeaseOwner, (string?)null)
            .SetProperty(j => j.LeaseExpiresAt, (DateTime?)null), cancellationToken), cancellationToken);
        return marked == 1 ? null : Errors.AgentLeaseLost(id);
    }

    /// Hands the job back to be tried again after the usual retry delay, with the agent's reason.
    public async Task<DomainError?> FailedAsync(int stationId, long id, string lease, string? error, CancellationToken cancellationToken)
    {
        if (!IsLeaseOf(stationId, lease))
            return Errors.AgentLeaseLost(id);
        var attempts = await db.PrintJobs.Where(j => j.Id == id).Select(j => j.Attempts).FirstOrDefaultAsync(cancellationToken);
        var retryAt = clock.UtcNow + printingOptions.Value.RetryAfter(attempts);
        var reason = Shorten(string.IsNullOrWhiteSpace(error) ? "The agent could not print the job." : error.Trim());
        var released = await SqliteWriteGate.RunAsync(db, () => Leased(id, lease).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, PrintJobState.Pending)
            .SetProperty(j => j.NextAttemptAt, retryAt)
            .SetProperty(j => j.LastError, reason)
            .SetProperty(j => j.LeaseOwner, (string?)null)
            .SetProperty(j => j.LeaseExpiresAt, (DateTime?)null), cancellationToken), cancellationToken);
        return released == 1 ? null : Errors.AgentLeaseLost(id);
    }

    private IQueryable<PrintJob> Leased(long id, string lease) =>
        db.PrintJobs.Where(j => j.Id == id && j.LeaseOwner == lease && j.State == PrintJobState.Printing);

    private async Task<AgentJob?> TryLeaseAsync(int stationId, int printerId, string name, CancellationToken cancellationToken)
    {
        var head = await db.PrintJobs.AsNoTracking()
            .Where(j => j.PrinterId == printerId && (j.State == PrintJobState.Pending || j.State == PrintJobState.Printing))
            .OrderBy(j => j.Id).Select(j => (long?)j.Id).FirstOrDefaultAsync(cancellationToken);
        if (head is not { } id)
            return null;
        var now = clock.UtcNow;
        var until = now + agentOptions.Value.Lease;
        var lease = $"{LeasePrefix(stationId)}{Guid.NewGuid():N}";
        var claimed = await SqliteWriteGate.RunAsync(db, () => db.PrintJobs
            .Where(j => j.Id == id && j.PrinterId == printerId).Where(PrintJob.DueAt(now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, PrintJobState.Printing)
                .SetProperty(j => j.LeaseOwner, lease)
                .SetProperty(j => j.LeaseExpiresAt, until)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1), cancellationToken), cancellationToken);
        return claimed == 1 ? await ContentAsync(stationId, id, name, lease, cancellationToken) : null;
    }

    /// The leased job's bytes, kept on the job so that a lease taken again prints the very same receipt.
    private async Task<AgentJob?> ContentAsync(int stationId, long id, string name, string lease, CancellationToken cancellationToken)
    {
        var job = await db.PrintJobs.AsNoTracking().SingleAsync(j => j.Id == id, cancellationToken);
        byte[] content;
        try
        {
            content = await renderer.ContentAsync(job, await targets.ForAsync(db, job.PrinterId, cancellationToken), cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            await FailedAsync(stationId, id, lease, e.Message, cancellationToken);
            return null;
        }
        if (job.Content is null)
            await SqliteWriteGate.RunAsync(db, () => Leased(id, lease)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Content, content), cancellationToken), cancellationToken);
        return new AgentJob(id, name, job.Title, job.Attempts, lease, job.LeaseExpiresAt!.Value, content);
    }

    private static string LeasePrefix(int stationId) => $"agent:{stationId}:";

    private static bool IsLeaseOf(int stationId, string lease) => lease.StartsWith(LeasePrefix(stationId), StringComparison.Ordinal);

    private static string Shorten(string text) => text.Length <= PrintJob.MaxErrorLength ? text : text[..PrintJob.MaxErrorLength];
}
