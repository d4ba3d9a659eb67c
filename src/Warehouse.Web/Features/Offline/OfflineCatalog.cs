using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Web.Features.Api;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Offline;

/// The codes a handheld needs to resolve scans with no network, for the depots its keeper posts at: every item (goods of
/// any kind may arrive), the depots' locations, the batches held there and the equipment units kept there.
public sealed class OfflineCatalog(WarehouseDbContext db, CurrentUser user, BureauClock clock)
{
    public async Task<OfflineCodes> ForCallerAsync(CancellationToken cancellationToken)
    {
        var depots = (await db.Depots.AsNoTracking().OrderBy(d => d.Code).Select(d => new { d.Id, d.Code }).ToListAsync(cancellationToken))
            .Where(d => user.CanPostAt(d.Id)).ToList();
        var ids = depots.Select(d => d.Id).ToList();
        var items = await db.Items.AsNoTracking().OrderBy(i => i.Code).Select(ItemSummary.Projection).ToListAsync(cancellationToken);
        var locations = await db.Locations.AsNoTracking().Where(l => ids.Contains(l.DepotId) && l.Active).OrderBy(l => l.Code)
            .Select(l => new OfflineLocation(l.Code, l.Bin, l.Depot!.Code)).ToListAsync(cancellationToken);
        // Each batch asks whether one of the depots holds it (a look-up by the batch index): the list of every batch id
        // held in those depots, read first, walked all their balances (0.1 s at 200,000 balances against 3 ms).
        var batches = await db.Batches.AsNoTracking()
            .Where(b => db.StockBalances.Any(s => s.BatchId == b.Id && ids.Contains(s.DepotId))).OrderBy(b => b.Number)
            .Select(b => new OfflineBatch(b.Number, b.Lot, b.Expiry, b.Supplier, b.Item!.Code)).ToListAsync(cancellationToken);
        var units = await db.EquipmentUnits.AsNoTracking().Where(u => u.DepotId != null && ids.Contains(u.DepotId.Value))
            .OrderBy(u => u.AssetNumber)
            .Select(u => new OfflineUnit(u.AssetNumber, u.SerialNumber, u.Status, u.Item!.Code,
                db.Depots.Where(d => d.Id == u.DepotId).Select(d => d.Code).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return new OfflineCodes(clock.UtcNow, depots.Select(d => d.Code).ToList(), items, locations, batches, units);
    }
}

/// What <see cref="OfflineCatalog"/> hands a device, stamped with when it was read.
public sealed record OfflineCodes(DateTime ReadAt, IReadOnlyList<string> Depots, IReadOnlyList<ItemSummary> Items,
    IReadOnlyList<OfflineLocation> Locations, IReadOnlyList<OfflineBatch> Batches, IReadOnlyList<OfflineUnit> Units);

/// A bin: its full code (depot and bin), the bin alone, and its depot.
public sealed record OfflineLocation(string Code, string Bin, string DepotCode);

/// A batch held at one of the caller's depots.
public sealed record OfflineBatch(string Number, string Lot, DateOnly Expiry, string? Supplier, string ItemCode);

/// An equipment unit kept at one of the caller's depots.
public sealed record OfflineUnit(string AssetNumber, string SerialNumber, EquipmentStatus Status, string ItemCode, string? DepotCode);
