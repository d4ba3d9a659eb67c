using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Infrastructure;

namespace Warehouse.Data.Auditing;

/// A quota whose held figure is not what its depot holds of the item.
public sealed record DriftingQuota(int QuotaId, int DepotId, int ItemId, int Held, int Balances);

/// The held figure of each quota is kept by the database's triggers on every balance change
/// (<see cref="Migrations.Sql.QuotaHeldSql"/>); only a write that went round them (a table rebuilt without its triggers,
/// an edit by hand) can move it off the balances. Finds those quotas and sets them right.
public static class QuotaDrift
{
    public static Task<List<DriftingQuota>> FindAsync(WarehouseDbContext db, CancellationToken cancellationToken) =>
        db.Quotas.AsNoTracking()
            .Select(q => new
            {
                q.Id, q.DepotId, q.ItemId, q.Held,
                Balances = db.StockBalances.Where(b => b.DepotId == q.DepotId && b.ItemId == q.ItemId).Sum(b => (int?)b.OnHand) ?? 0,
            })
            .Where(d => d.Held != d.Balances)
            .OrderBy(d => d.Id)
            .Select(d => new DriftingQuota(d.Id, d.DepotId, d.ItemId, d.Held, d.Balances))
            .ToListAsync(cancellationToken);

    /// Recounts the quotas through their own trigger: a quota's depot written again fires the trigger that starts a new
    /// quota from its balances, with the same locks, so a posting at the same moment is neither lost nor counted twice.
    public static Task<int> RecountAsync(WarehouseDbContext db, IReadOnlyCollection<int> quotaIds, CancellationToken cancellationToken) =>
        SqliteWriteGate.RunAsync(db, () => db.Quotas.Where(q => quotaIds.Contains(q.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.DepotId, q => q.DepotId), cancellationToken), cancellationToken);
}
