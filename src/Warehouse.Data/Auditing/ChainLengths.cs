using Microsoft.EntityFrameworkCore;

namespace Warehouse.Data.Auditing;

/// How many rows a chain holds, read from its head instead of counted. Every ledger and audit row is chained in the
/// transaction that adds it, in sequence from 1 under the head's lock, and neither table lets a row go, so the head's
/// sequence is the table's row count: one row read where a count would walk a million.
public static class ChainLengths
{
    public static async Task<int> OfAsync(WarehouseDbContext db, string chain, CancellationToken cancellationToken) =>
        (int)(await db.ChainHeads.AsNoTracking().Where(h => h.Name == chain).Select(h => (long?)h.Sequence)
            .SingleOrDefaultAsync(cancellationToken) ?? 0);
}
