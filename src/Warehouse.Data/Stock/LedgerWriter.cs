using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Infrastructure;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Stock;

/// The atomic balance moves every posting is built from: goods in and out, and the allocation steps. Every change
/// is a conditional update, so parallel hands can never take or promise the same units; call these inside the
/// caller's transaction.
public sealed class LedgerWriter(WarehouseDbContext db)
{
    public async Task<StockBalance> BalanceAsync(BalanceKey key, CancellationToken cancellationToken)
    {
        var balance = await BalanceByKey.For(db)(db, key.ToString(), cancellationToken);
        if (balance is not null)
            return balance;
        balance = new StockBalance(key);
        db.StockBalances.Add(balance);
        await db.SaveChangesAsync(cancellationToken);
        return balance;
    }

    // Every line received looks its balance up, so compiled once.
    private static readonly CompiledQuery<Func<WarehouseDbContext, string, CancellationToken, Task<StockBalance?>>> BalanceByKey = new(() =>
        EF.CompileAsyncQuery((WarehouseDbContext db, string key, CancellationToken _) =>
            db.StockBalances.SingleOrDefault(b => b.Key == key)));

    public async Task<int> IncreaseAsync(int balanceId, int quantity, CancellationToken cancellationToken) =>
        await MoveAsync(balanceId, quantity, cancellationToken)
            ?? throw new InvalidOperationException($"Balance {balanceId} vanished while stock was added to it.");

    /// Takes from what is on hand and not promised to anyone; null when there is not that much.
    public Task<int?> DecreaseAsync(int balanceId, int quantity, CancellationToken cancellationToken) =>
        MoveAsync(balanceId, -quantity, cancellationToken);

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

    /// The atomic conditional update: adds a signed quantity to one balance unless that would take more than is
    /// available, and answers the on-hand it leaves (null: not enough). Returning the new on-hand from the same
    /// statement makes the ledger's balance-after exact on every provider without reading the row again.
    private async Task<int?> MoveAsync(int balanceId, int quantity, CancellationToken cancellationToken) =>
        (int?)await db.Database.ScalarAsync(db.Database.IsSqlServer() ? MoveSqlServer : MoveReturning, cancellationToken, balanceId, quantity);

    // SQLite and PostgreSQL both speak UPDATE … RETURNING with double-quoted names.
    private const string MoveReturning = """
        UPDATE "StockBalances" SET "OnHand" = "OnHand" + @p1, "Version" = "Version" + 1
        WHERE "Id" = @p0 AND "OnHand" - "Reserved" + @p1 >= 0
        RETURNING "OnHand"
        """;

    // The balances have a trigger (each quota's held figure), and SQL Server refuses OUTPUT without INTO on a table
    // with one (error 334): the new on-hand goes through a table variable.
    private const string MoveSqlServer = """
        DECLARE @moved TABLE ([OnHand] int);
        UPDATE [StockBalances] SET [OnHand] = [OnHand] + @p1, [Version] = [Version] + 1
        OUTPUT INSERTED.[OnHand] INTO @moved
        WHERE [Id] = @p0 AND [OnHand] - [Reserved] + @p1 >= 0;
        SELECT [OnHand] FROM @moved;
        """;

}
