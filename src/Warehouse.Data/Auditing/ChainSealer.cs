using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Auditing;

namespace Warehouse.Data.Auditing;

/// Seals rows written before the chains existed (a bureau upgrading) into them once, in id order, a batch per
/// transaction under the chain heads' lock, so writers that start meanwhile simply link after them.
public static class ChainSealer
{
    private const int BatchSize = 500;

    public static async Task SealAsync(WarehouseDbContext db, CancellationToken cancellationToken = default)
    {
        while (await db.AuditEntries.AnyAsync(a => a.Sequence == null, cancellationToken)
               || await db.StockMovements.AnyAsync(m => m.Sequence == null, cancellationToken))
            await db.Database.CreateExecutionStrategy().ExecuteAsync(() => SealBatchAsync(db, cancellationToken));
        db.ChangeTracker.Clear();
    }

    private static async Task SealBatchAsync(WarehouseDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var heads = await ChainHeadLock.LockAsync(db, [HashChain.Audit, HashChain.Ledger], cancellationToken);
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence == null).OrderBy(a => a.Id).Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var row in audit)
        {
            Seal(heads, HashChain.Audit, row, null);
            await db.AuditEntries.Where(a => a.Id == row.Id).ExecuteUpdateAsync(s => s
                .SetProperty(a => a.Sequence, row.Sequence).SetProperty(a => a.PreviousHash, row.PreviousHash)
                .SetProperty(a => a.Hash, row.Hash), cancellationToken);
        }
        var ledger = await db.StockMovements.AsNoTracking().Where(m => m.Sequence == null).OrderBy(m => m.Id).Take(BatchSize)
            .Select(m => new { Row = m, m.Document!.Number }).ToListAsync(cancellationToken);
        foreach (var (row, number) in ledger.Select(l => (l.Row, l.Number)))
        {
            Seal(heads, HashChain.Ledger, row, number);
            await db.StockMovements.Where(m => m.Id == row.Id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Sequence, row.Sequence).SetProperty(m => m.PreviousHash, row.PreviousHash)
                .SetProperty(m => m.Hash, row.Hash), cancellationToken);
        }
        ChainHeadLock.Move(db, heads);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static void Seal(Dictionary<string, (long Sequence, string Hash)> heads, string chain, IChained row, string? number)
    {
        var (sequence, previous) = heads[chain];
        heads[chain] = (sequence + 1, row.Seal(sequence + 1, previous, number));
    }
}
