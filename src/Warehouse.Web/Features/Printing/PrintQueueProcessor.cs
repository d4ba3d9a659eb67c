using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Data;
using Warehouse.Data.Infrastructure;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;
using Warehouse.Hardware.Transports;

namespace Warehouse.Web.Features.Printing;

/// Sends queued jobs to their printers. Each real printer's jobs go out one at a time in the order they were made;
/// the oldest open job of a printer holds the others back until it is printed or cancelled, so a printer that
/// comes back receives everything in order. A job is taken with an atomic conditional update that also sets a
/// lease, so of several app instances exactly one prints it; a lease left by a crashed instance expires and the
/// job is taken again. A virtual printer receives nothing, so its jobs are simply marked printed, many at once.
/// A printer on a station agent's PC is never sent to from here: its agent leases its jobs.
public sealed class PrintQueueProcessor(IServiceScopeFactory scopes, IOptions<PrintingOptions> options, BureauClock clock,
    ILogger<PrintQueueProcessor> logger)
{
    public string Owner { get; } = NewOwner();

    /// The most virtual-printer jobs one statement marks printed, so that postings waiting for the write lock get
    /// their turn in between.
    public const int VirtualBatchSize = 500;

    /// Prints whatever is due now; returns how many jobs were printed.
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        if (!await AnyQueuedAsync(cancellationToken))
            return 0;
        var finished = await FinishVirtualJobsAsync(cancellationToken);
        List<int?> printers;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WarehouseDbContext>();
            printers = await db.PrintJobs.Where(j => j.State == PrintJobState.Pending || j.State == PrintJobState.Printing)
                .Where(OnRealPrinter(db)).Select(j => j.PrinterId).Distinct().ToListAsync(cancellationToken);
        }
        var printed = await Task.WhenAll(printers.Select(printer => DrainAsync(printer, cancellationToken)));
        return finished + printed.Sum();
    }

    /// Whether any job waits or is being printed: found by the state index, where the queries below, their printer
    /// conditions and order by id, lead SQLite to walk every job ever printed, each second, on an idle queue.
    private async Task<bool> AnyQueuedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WarehouseDbContext>();
        return await db.PrintJobs.AnyAsync(j => j.State == PrintJobState.Pending || j.State == PrintJobState.Printing, cancellationToken);
    }

    /// A virtual printer sends nothing and its notes are rendered when previewed, so its due jobs are marked printed
    /// in batches, oldest first, instead of being taken one by one. Each row is checked again as it is updated, so
    /// a job that another instance finished, or that was just moved to a real printer, is left alone.
    private async Task<int> FinishVirtualJobsAsync(CancellationToken cancellationToken)
    {
        var finished = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WarehouseDbContext>();
            var now = clock.UtcNow;
            var due = db.PrintJobs.Where(PrintJob.DueAt(now)).Where(OnVirtualPrinter(db));
            var oldest = due.OrderBy(j => j.Id).Take(VirtualBatchSize).Select(j => j.Id);
            var marked = await SqliteWriteGate.RunAsync(db, () => due.Where(j => oldest.Contains(j.Id))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.State, PrintJobState.Printed)
                    .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                    .SetProperty(j => j.PrintedAt, now)
                    .SetProperty(j => j.LastError, (string?)null)
                    .SetProperty(j => j.Content, j => j.Kind == PrintJobKind.DispatchSlip ? null : j.Content)
                    .SetProperty(j => j.LeaseOwner, (string?)null)
                    .SetProperty(j => j.LeaseExpiresAt, (DateTime?)null), cancellationToken), cancellationToken);
            finished += marked;
            if (marked < VirtualBatchSize)
                return finished;
        }
    }

    // Printer addresses are stored normalized, so a virtual printer's address is exactly Printer.Virtual. The
    // printer is looked up with EXISTS rather than a join, so that an update checks the conditions on the very row
    // it changes.
    private Expression<Func<PrintJob, bool>> OnVirtualPrinter(WarehouseDbContext db)
    {
        var defaultIsVirtual = Printer.IsVirtual(options.Value.DefaultPrinter);
        return j => j.PrinterId == null ? defaultIsVirtual : db.Printers.Any(p => p.Id == j.PrinterId && p.Address == Printer.Virtual);
    }

    // A printer on a station agent's PC is left to its agent, which leases its jobs (see AgentJobLeases).
    private Expression<Func<PrintJob, bool>> OnRealPrinter(WarehouseDbContext db)
    {
        var defaultIsVirtual = Printer.IsVirtual(options.Value.DefaultPrinter);
        return j => j.PrinterId == null ? !defaultIsVirtual : !db.Printers.Any(p => p.Id == j.PrinterId
            && (p.Address == Printer.Virtual || p.Address.StartsWith(AgentAddress.Scheme)));
    }

    private async Task<int> DrainAsync(int? printerId, CancellationToken cancellationToken)
    {
        var printed = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WarehouseDbContext>();
            var head = await db.PrintJobs.AsNoTracking()
                .Where(j => j.PrinterId == printerId && (j.State == PrintJobState.Pending || j.State == PrintJobState.Printing))
                .OrderBy(j => j.Id)
                .Select(j => new { j.Id })
                .FirstOrDefaultAsync(cancellationToken);
            if (head is null || !await ClaimAsync(db, head.Id, printerId, cancellationToken))
                return printed;
            if (!await PrintAsync(scope.ServiceProvider, db, head.Id, cancellationToken))
                return printed;
            printed++;
        }
        return printed;
    }

    private async Task<bool> ClaimAsync(WarehouseDbContext db, long id, int? printerId, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var until = now + options.Value.Lease;
        var claimed = await SqliteWriteGate.RunAsync(db, () => db.PrintJobs
            // Still this printer's: a job moved to another printer a moment ago is left to that printer's turn.
            .Where(j => j.Id == id && j.PrinterId == printerId).Where(PrintJob.DueAt(now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, PrintJobState.Printing)
                .SetProperty(j => j.LeaseOwner, Owner)
                .SetProperty(j => j.LeaseExpiresAt, until)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1), cancellationToken), cancellationToken);
        return claimed == 1;
    }

    private async Task<bool> PrintAsync(IServiceProvider services, WarehouseDbContext db, long id, CancellationToken cancellationToken)
    {
        var job = await db.PrintJobs.AsNoTracking().SingleAsync(j => j.Id == id, cancellationToken);
        var target = await services.GetRequiredService<PrintTargets>().ForAsync(db, job.PrinterId, cancellationToken);
        var content = job.Content;
        try
        {
            if (!target.IsVirtual)
            {
                // Checked again here: the printer may have been saved before the rule, or changed in the database.
                if (services.GetRequiredService<PrinterAddressPolicy>().Check(target.Address) is { } refused)
                    throw new PrinterException(PrinterFailure.InvalidAddress, target.Address, refused.Message);
                content = await services.GetRequiredService<PrintJobRenderer>().ContentAsync(job, target, cancellationToken);
                PrintTransmission.EnsureLanguage(target, content);
                await PrintTransmission.SendAsync(target, content, cancellationToken);
            }
        }
        catch (Exception e) when (e is PrinterException or InvalidOperationException)
        {
            var error = Shorten(e is PrinterException p ? $"{p.Failure}: {p.Message}" : e.Message);
            var retryAt = clock.UtcNow + options.Value.RetryAfter(job.Attempts);
            WarehouseMeter.PrintFailures.Add(1, new KeyValuePair<string, object?>("printer", target.Name));
            logger.LogWarning("Print job {Job} to {Printer} failed (attempt {Attempts}), retrying at {RetryAt:u}: {Error}",
                id, target.Address, job.Attempts, retryAt, error);
            await ReleaseAsync(db, id, retryAt, error, content);
            return false;
        }
        catch (OperationCanceledException)
        {
            // The app is stopping: hand the job back at once rather than leave it leased.
            await ReleaseAsync(db, id, clock.UtcNow, job.LastError, content);
            throw;
        }
        var now = clock.UtcNow;
        await SqliteWriteGate.RunAsync(db, () => db.PrintJobs.Where(j => j.Id == id && j.LeaseOwner == Owner)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, PrintJobState.Printed)
                .SetProperty(j => j.PrintedAt, now)
                .SetProperty(j => j.LastError, (string?)null)
                .SetProperty(j => j.Content, PrintJob.KeepsContentOncePrinted(job.Kind) ? content : null)
                .SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.LeaseExpiresAt, (DateTime?)null), CancellationToken.None), CancellationToken.None);
        return true;
    }

    private Task<int> ReleaseAsync(WarehouseDbContext db, long id, DateTime retryAt, string? error, byte[]? content) =>
        SqliteWriteGate.RunAsync(db, () => db.PrintJobs.Where(j => j.Id == id && j.LeaseOwner == Owner)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, PrintJobState.Pending)
                .SetProperty(j => j.NextAttemptAt, retryAt)
                .SetProperty(j => j.LastError, error)
                .SetProperty(j => j.Content, content)
                .SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.LeaseExpiresAt, (DateTime?)null), CancellationToken.None), CancellationToken.None);

    private static string NewOwner()
    {
        var owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return owner.Length <= 100 ? owner : owner[^100..];
    }

    private static string Shorten(string text) => text.Length <= PrintJob.MaxErrorLength ? text : text[..PrintJob.MaxErrorLength];
}
