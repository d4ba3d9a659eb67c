using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Data;
using Warehouse.Data.Infrastructure;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stations;

namespace Warehouse.Web.Features.Agents;

/// The scans a station agent forwards, until the station's open scan box pages fetch them. They are rows of the database
/// (<see cref="ForwardedScan"/>), numbered by it, so the agent may reach one app instance and the page another; a waiting
/// page's request looks for new rows every <see cref="AgentOptions.PollInterval"/>. Rows older than
/// <see cref="Retention"/> are deleted whenever a scan comes.
public sealed class StationScanRelay(WarehouseDbContext db, BureauClock clock, IOptions<AgentOptions> options)
{
    /// How many of a station's scans one answer carries at most.
    public const int Kept = 50;

    /// How long a scan waits for a page: a scan is for whoever has the page open now, not a record to keep.
    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(2);

    /// Adds a scan for the station's pages, wherever they are served, and drops the scans nobody fetched in time.
    public async Task AddAsync(int stationId, string code, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        await SqliteWriteGate.RunAsync(db, async () =>
        {
            db.ForwardedScans.Add(new ForwardedScan(stationId, code, now));
            await db.SaveChangesAsync(cancellationToken);
            var expired = now - Retention;
            return await db.ForwardedScans.Where(s => s.ForwardedAt < expired).ExecuteDeleteAsync(cancellationToken);
        }, cancellationToken);
    }

    /// The station's scans after number <paramref name="after"/>, waiting up to <paramref name="wait"/> for one to come.
    /// A page that has seen none yet (<paramref name="after"/> below zero) is told only the latest number, so it never
    /// receives scans made before it opened.
    public async Task<StationScans> AfterAsync(int stationId, long after, TimeSpan wait, CancellationToken cancellationToken)
    {
        var last = await db.ForwardedScans.Where(s => s.StationId == stationId).MaxAsync(s => (long?)s.Id, cancellationToken) ?? 0;
        // A page ahead of the latest saw scans that have expired since: it starts again from the latest.
        if (after < 0 || after > last)
            return new StationScans(last, []);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var scans = await db.ForwardedScans.AsNoTracking().Where(s => s.StationId == stationId && s.Id > after)
                .OrderBy(s => s.Id).Take(Kept).Select(s => new { s.Id, s.Code }).ToListAsync(cancellationToken);
            var left = wait - waited.Elapsed;
            if (scans.Count > 0 || left <= TimeSpan.Zero)
                return new StationScans(scans.Count > 0 ? scans[^1].Id : after, scans.Select(s => s.Code).ToList());
            await Task.Delay(left < options.Value.PollInterval ? left : options.Value.PollInterval, cancellationToken);
        }
    }
}

/// A station's scans for its scan box pages: the number of the latest, and the codes after the number the page sent.
public sealed record StationScans(long Last, IReadOnlyList<string> Codes);
