using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Allocation;

/// Stock promised to a dispatch at its source depot: taken at approval or emergency release, given back on
/// cancellation or when the goods leave.
public sealed class Reservations(WarehouseDbContext db, LedgerWriter ledger, BureauClock clock, Kits.KitHoldings kits)
{
    /// Promises stock at the dispatch's depot, first-expiring batches first, skipping expired ones and what packed kits
    /// hold; answers how much.
    public async Task<int> ReserveAsync(Dispatch dispatch, int itemId, int quantity, bool allOrNothing)
    {
        var today = clock.Today;
        var candidates = await (
            from b in db.StockBalances
            where b.DepotId == dispatch.SourceDepotId && b.ItemId == itemId && b.OnHand - b.Reserved > 0
            join bt in db.Batches on b.BatchId equals bt.Id into batches
            from bt in batches.DefaultIfEmpty()
            join u in db.EquipmentUnits on b.EquipmentUnitId equals u.Id into units
            from u in units.DefaultIfEmpty()
            where (bt == null || bt.Expiry >= today) && (u == null || u.Status == EquipmentStatus.InStock)
            orderby bt == null ? DateOnly.MaxValue : bt.Expiry, b.Id
            select new { b.Id, Free = b.OnHand - b.Reserved })
            .ToListAsync();
        var held = await kits.OnBalancesAsync(candidates.Select(c => c.Id).ToList());
        var remaining = quantity;
        foreach (var candidate in candidates)
        {
            if (remaining == 0)
                break;
            var take = Math.Min(remaining, candidate.Free - held.GetValueOrDefault(candidate.Id));
            if (take <= 0 || !await ledger.ReserveAsync(candidate.Id, take, default))
                continue;
            dispatch.Reserve(candidate.Id, itemId, take);
            remaining -= take;
        }
        if (remaining > 0 && allOrNothing)
        {
            var item = await db.Items.AsNoTracking().SingleAsync(i => i.Id == itemId);
            throw new DomainException(Errors.NotEnoughStock($"{item.Label} @ {await db.DepotCodeAsync(dispatch.SourceDepotId)}", quantity,
                quantity - remaining));
        }
        return quantity - remaining;
    }

    /// Gives back every reservation still held among these.
    public async Task ReleaseAsync(IEnumerable<Reservation> reservations)
    {
        foreach (var reservation in reservations.Where(r => !r.Released))
        {
            await ledger.ReleaseAsync(reservation.BalanceId, reservation.Quantity, default);
            reservation.Release();
        }
    }
}
