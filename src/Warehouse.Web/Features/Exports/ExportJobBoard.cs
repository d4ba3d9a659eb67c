using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Warehouse.Web.Features.Admin.Import;

namespace Warehouse.Web.Features.Exports;

/// The background exports of this app instance: each runs in its own scope as the user who asked for it and in their
/// language, writes its workbook to a file (`Exports:Directory`, the temporary folder by default), and is kept for
/// download for `Exports:KeepMinutes` (60) after it ends; then the file is deleted.
public sealed class ExportJobBoard(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration,
    IHostApplicationLifetime lifetime, ILogger<ExportJobBoard> logger)
{
    private readonly ConcurrentDictionary<string, ExportJob> _jobs = new();

    private string Directory => configuration["Exports:Directory"] ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "warehouse-exports");

    private TimeSpan Keep => TimeSpan.FromMinutes(configuration.GetValue("Exports:KeepMinutes", 60));

    /// Starts writing the order's workbook; <paramref name="slot"/> is given back when it ends.
    public ExportJob Start(ExportOrder order, int rows, ClaimsPrincipal user, IDisposable slot)
    {
        Sweep();
        System.IO.Directory.CreateDirectory(Directory);
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var job = new ExportJob(key, order.FileName, user.Identity?.Name ?? "", rows, System.IO.Path.Combine(Directory, key + ".xlsx"));
        _jobs[key] = job;
        var culture = CultureInfo.CurrentUICulture;
        // Not flowing the request's context: the job sets its own caller, which would otherwise clear the request's.
        using (ExecutionContext.SuppressFlow())
            _ = Task.Run(() => RunAsync(job, order, user, culture, slot));
        return job;
    }

    /// The job with this key if <paramref name="userName"/> started it; nobody else's export is shown to them.
    public ExportJob? Find(string? key, string userName)
    {
        Sweep();
        return key is not null && _jobs.TryGetValue(key, out var job) && job.StartedBy == userName ? job : null;
    }

    /// Stops the job if it still runs; the file written so far is deleted.
    public static void Cancel(ExportJob job) => job.Cancellation.Cancel();

    private async Task RunAsync(ExportJob job, ExportOrder order, ClaimsPrincipal user, CultureInfo culture, IDisposable slot)
    {
        using var _ = slot;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(job.Cancellation.Token, lifetime.ApplicationStopping);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            ImportJobActor.ActAs(scope.ServiceProvider, user);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            await using (var file = File.Create(job.Path))
                await order.Write(scope.ServiceProvider, file, job.Count, stop.Token);
            job.End(ExportJobState.Ready, Now);
        }
        catch (OperationCanceledException)
        {
            Delete(job);
            job.End(ExportJobState.Cancelled, Now);
        }
        catch (Exception e)
        {
            logger.LogError(e, "The export {FileName} for {User} failed.", job.FileName, job.StartedBy);
            Delete(job);
            job.End(ExportJobState.Failed, Now);
        }
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private void Sweep()
    {
        foreach (var job in _jobs.Values.Where(j => j.EndedAt is { } ended && ended + Keep < Now))
        {
            if (_jobs.TryRemove(job.Key, out _))
                Delete(job);
        }
    }

    private void Delete(ExportJob job)
    {
        try
        {
            File.Delete(job.Path);
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "The export file {Path} could not be deleted.", job.Path);
        }
    }
}
