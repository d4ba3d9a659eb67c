using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Infrastructure;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Printing;

namespace Warehouse.Web.Features.Operations;

/// The gauges read from the database: print-queue depth per printer, allocation requests per state and those open
/// past the two-hour target. Read every `Metrics:RefreshSeconds` (15 s) in the background, so a scrape never
/// waits for the database and many scrapers cost one query round.
public sealed class OperationsGauges : BackgroundService
{
    private const string DefaultPrinter = "(default)";
    private static readonly RequestState[] Finished = [RequestState.Delivered, RequestState.Closed, RequestState.Cancelled, RequestState.Rejected];

    // The states of a request under way, named rather than excluded, so the overdue count ranges over them by index.
    private static readonly RequestState[] Open = Enum.GetValues<RequestState>()
        .Where(s => s != RequestState.Draft && !Finished.Contains(s)).ToArray();
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly TimeSpan _refresh;
    private readonly TimeSpan _target;
    private readonly ILogger<OperationsGauges> _logger;
    private volatile Snapshot _snapshot = new(new Dictionary<string, long>(), new Dictionary<string, long>(), 0);

    public OperationsGauges(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration, IMeterFactory meters,
        ILogger<OperationsGauges> logger)
    {
        (_scopes, _time, _logger) = (scopes, time, logger);
        var meter = meters.Create(WarehouseMeter.Name);
        _refresh = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Metrics:RefreshSeconds", 15)));
        _target = TimeSpan.FromMinutes(configuration.GetValue("Allocation:TargetMinutes", 120));
        meter.CreateObservableGauge("warehouse.print.queue", () => Measure(_snapshot.Queue, "printer"), "{job}",
            "Print jobs waiting or being sent, by printer");
        meter.CreateObservableGauge("warehouse.requests", () => Measure(_snapshot.Requests, "state"), "{request}",
            "Allocation requests by state");
        meter.CreateObservableGauge("warehouse.requests.overdue", () => _snapshot.Overdue, "{request}",
            "Open allocation requests submitted longer ago than the delivery target");
    }

    /// Reads the figures now (the background loop calls this; tests may too).
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WarehouseDbContext>();
        // Every printer has its series, at 0 when idle, so an empty queue reads as 0 rather than as no data.
        var queue = (await db.Printers.Select(p => p.Name).ToListAsync(cancellationToken)).Append(DefaultPrinter)
            .Distinct().ToDictionary(name => name, _ => 0L);
        var queued = db.PrintJobs.Where(j => j.State == PrintJobState.Pending || j.State == PrintJobState.Printing);
        // Asked first by the state index alone: once every job but a few is printed, SQLite's statistics make it
        // walk every job for the grouped count, each refresh.
        if (await queued.AnyAsync(cancellationToken))
            foreach (var printer in await queued.GroupBy(j => j.Printer == null ? DefaultPrinter : j.Printer.Name)
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
                queue[printer.Key] = printer.Count;
        var requests = await db.AllocationRequests.GroupBy(r => r.State).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key.ToString(), g => (long)g.Count, cancellationToken);
        var submittedBefore = _time.GetUtcNow().UtcDateTime - _target;
        var overdue = await db.AllocationRequests.CountAsync(r => EF.Constant(Open).Contains(r.State) && r.SubmittedAt < submittedBefore,
            cancellationToken);
        _snapshot = new Snapshot(queue, requests, overdue);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RefreshAsync(stoppingToken);
                await Task.Delay(_refresh, _time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The last figures stay until the database answers again; the readiness check reports it meanwhile.
                _logger.LogWarning(e, "The operations gauges could not be read.");
                await Task.Delay(_refresh, _time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private static IEnumerable<Measurement<long>> Measure(IReadOnlyDictionary<string, long> values, string tag) =>
        values.Select(v => new Measurement<long>(v.Value, new KeyValuePair<string, object?>(tag, v.Key)));

    private sealed record Snapshot(IReadOnlyDictionary<string, long> Queue, IReadOnlyDictionary<string, long> Requests, long Overdue);
}
