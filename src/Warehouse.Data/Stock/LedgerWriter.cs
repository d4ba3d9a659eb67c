using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Stock;

/// The atomic balance moves the allocation steps are built from. Every change is a conditional update, so
/// parallel hands can never take or promise the same units; call these inside the caller's transaction.
public sealed class LedgerWriter(WarehouseDbContext db)
{
    public async Task<StockBalance> BalanceAsync(BalanceKey key, CancellationToken cancellationToken)
    {
        var text = key.ToString();
        var balance = await db.StockBalances.SingleOrDefaultAsync(b => b.Key == text, cancellationToken);
        if (balance is not null)
            return balance;
        balance = new StockBalance(key);
        db.StockBalances.Add(balance);
        await db.SaveChangesAsync(cancellationToken);
        return balance;
    }

    public async Task<int> IncreaseAsync(int balanceId, int quantity, CancellationToken cancellationToken)
    {
        await db.StockBalances.Where(b => b.Id == balanceId).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.OnHand, b => b.OnHand + quantity)
            .SetProperty(b => b.Version, b => b.Version + 1), cancellationToken);
        return await OnHandAsync(balanceId, cancellationToken);
    }

    /// Takes from what is on hand and not promised to anyone; null when there is not that much.
    public async Task<int?> DecreaseAsync(int balanceId, int quantity, CancellationToken cancellationToken)
    {
        var taken = await db.StockBalances.Where(b => b.Id == balanceId && b.OnHand - b.Reserved >= quantity)
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.OnHand, b => b.OnHand - quantity)
                .SetProperty(b => b.Version, b => b.Version + 1), cancellationToken);
        return taken == 0 ? null : await OnHandAsync(balanceId, cancellationToken);
    }

    /// Promises units to a dispatch; false when they are not free.
    public async Task<bool> ReserveAsync(int balanceId, int quantity, CancellationToken cancellationToken) =>
        await db.StockBalances.Where(b => b.Id == balanceId && b.OnHand - b.Reserved >= quantity)
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Reserved, b => b.Reserved + quantity)
                .SetProperty(b => b.Version, b => b.Version + 1), cancellationToken) == 1;

    public async Task ReleaseAsync(int balanceId, int quantity, CancellationToken cancellationToken) =>
        await db.StockBalances.Where(b => b.Id == balanceId && b.Reserved >= quantity)
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Reserved, b => b.Reserved - quantity)
                .SetProperty(b => b.Version, b => b.Version + 1), cancellationToken);

    private Task<int> OnHandAsync(int balanceId, CancellationToken cancellationToken) =>
        db.StockBalances.Where(b => b.Id == balanceId).Select(b => b.OnHand).SingleAsync(cancellationToken);
}
