using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Data;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;
using Warehouse.Hardware.Transports;

namespace Warehouse.Web.Features.Printing;

/// Sends queued jobs to their printers. Each printer's jobs go out one at a time in the order they were made;
/// the oldest open job of a printer holds the others back until it is printed or cancelled, so a printer that
/// comes back receives everything in order. A job is taken with an atomic conditional update that also sets a
/// lease, so of several app instances exactly one prints it; a lease left by a crashed instance expires and the
/// job is taken again.
public sealed class PrintQueueProcessor(IServiceScopeFactory scopes, IOptions<PrintingOptions> options, BureauClock clock,
    ILogger<PrintQueueProcessor> logger)
{
    public string Owner { get; } = NewOwner();

    /// Prints whatever is due now; returns how many jobs were printed.
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        List<int?> printers;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WarehouseDbContext>();
            printers = await db.PrintJobs.Where(j => j.State == PrintJobState.Pending || j.State == PrintJobState.Printing)
                .Select(j => j.PrinterId).Distinct().ToListAsync(cancellationToken);
        }
        var printed = await Task.WhenAll(printers.Select(printer => DrainAsync(printer, cancellationToken)));
        return printed.Sum();
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
            if (head is null || !await ClaimAsync(db, head.Id, cancellationToken))
                return printed;
            if (!await PrintAsync(scope.ServiceProvider, db, head.Id, cancellationToken))
                return printed;
            printed++;
        }
        return printed;
    }

    private async Task<bool> ClaimAsync(WarehouseDbContext db, long id, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var until = now + options.Value.Lease;
        var claimed = await SqliteWriteGate.RunAsync(db, () => db.PrintJobs
            .Where(j => j.Id == id
                && ((j.State == PrintJobState.Pending && j.NextAttemptAt <= now)
                    || (j.State == PrintJobState.Printing && j.LeaseExpiresAt < now)))
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
            content ??= await RenderAsync(services, job, target, cancellationToken);
            if (!target.IsVirtual)
                await SendAsync(target, content, cancellationToken);
        }
        catch (Exception e) when (e is PrinterException or InvalidOperationException)
        {
            var error = Shorten(e is PrinterException p ? $"{p.Failure}: {p.Message}" : e.Message);
            var retryAt = clock.UtcNow + options.Value.RetryAfter(job.Attempts);
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
                .SetProperty(j => j.Content, content)
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

    private static async Task<byte[]> RenderAsync(IServiceProvider services, PrintJob job, PrintTarget target, CancellationToken cancellationToken)
    {
        var documentId = job.DocumentId ?? throw new InvalidOperationException($"Print job {job.Id} has nothing to print.");
        var document = await services.GetRequiredService<StockPostingService>().LoadAsync(documentId, cancellationToken)
            ?? throw new InvalidOperationException($"Document #{documentId} of print job {job.Id} is missing.");
        return services.GetRequiredService<ReceiptComposer>().StockNote(document, target);
    }

    /// Asks first whether the printer can print: a printer that is offline or out of paper would swallow the
    /// bytes and print nothing. Asks again after the job, so a printer that ran out of paper halfway gets the
    /// whole receipt again. A printer that cannot tell (a device file) is simply written to.
    private static async Task SendAsync(PrintTarget target, byte[] content, CancellationToken cancellationToken)
    {
        await using var transport = PrinterTransports.Create(target.Address);
        await EnsureReadyAsync(transport, target, cancellationToken);
        await transport.WriteAsync(content, cancellationToken);
        await EnsureReadyAsync(transport, target, cancellationToken);
    }

    private static async Task EnsureReadyAsync(IPrinterTransport transport, PrintTarget target, CancellationToken cancellationToken)
    {
        try
        {
            var status = await transport.GetStatusAsync(cancellationToken);
            if (status.Problem is { } problem)
                throw new PrinterException(problem, target.Address, $"The printer at {target.Address} reports {status}.");
        }
        catch (PrinterException e) when (e.Failure == PrinterFailure.StatusUnavailable)
        {
        }
    }

    private static string NewOwner()
    {
        var owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return owner.Length <= 100 ? owner : owner[^100..];
    }

    private static string Shorten(string text) => text.Length <= PrintJob.MaxErrorLength ? text : text[..PrintJob.MaxErrorLength];
}
