using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Agents;

/// A station whose agent has a scanner, as the scan box offers it.
public sealed record StationScanner(int Id, string Name);

/// The scanners on station agents that the caller's scan box may listen to (stations of the caller's depots), and the
/// scans they forward.
public sealed class StationScanners(WarehouseDbContext db, CurrentUser user, StationScanRelay relay)
{
    /// The longest a scan box page's request waits for a scan.
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    public async Task<IReadOnlyList<StationScanner>> ForCallerAsync(CancellationToken cancellationToken)
    {
        var depots = user.Depots;
        var bound = user.IsDepotBound;
        return await db.Stations.AsNoTracking()
            .Where(s => s.RevokedAt == null && (!bound || depots.Contains(s.DepotId)))
            .Where(s => db.StationAgents.Any(a => a.StationId == s.Id && a.HasScanner))
            .OrderBy(s => s.Name).Select(s => new StationScanner(s.Id, s.Name)).ToListAsync(cancellationToken);
    }

    /// The station's scans after <paramref name="after"/>; null when the caller may not listen to the station.
    public async Task<StationScans?> AfterAsync(int stationId, long after, CancellationToken cancellationToken)
    {
        var bound = user.IsDepotBound;
        var depots = user.Depots;
        if (!await db.Stations.AnyAsync(s => s.Id == stationId && (!bound || depots.Contains(s.DepotId)), cancellationToken))
            return null;
        return await relay.AfterAsync(stationId, after, Wait, cancellationToken);
    }
}
