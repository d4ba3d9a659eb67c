using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Warehouse.Data.Auditing;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Infrastructure;

/// Links every new audit and ledger row into its chain as it is saved: locks the chain heads, gives each row the next
/// sequence, the previous hash and its own, and moves the heads in the same save. One extra statement per save that
/// adds chained rows, none for any other save. A caller without a transaction gets one (inside the execution strategy,
/// which SQL Server's retries need), so the heads stay locked until the rows are committed.
public sealed class HashChainInterceptor : SaveChangesInterceptor
{
    // A synchronous save is rare here (start-up fixes); it runs the same path rather than a copy of it.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not WarehouseDbContext db || result.HasResult)
            return result;
        var pending = Pending(db);
        if (pending.Count == 0)
            return result;
        if (db.Database.CurrentTransaction is null)
            return InterceptionResult<int>.SuppressWithResult(await SaveInOwnTransactionAsync(db, cancellationToken));
        await LinkAsync(db, pending, cancellationToken);
        return result;
    }

    private static List<EntityEntry> Pending(WarehouseDbContext db) =>
        db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && e.Entity is IChained).ToList();

    private static async Task<int> SaveInOwnTransactionAsync(WarehouseDbContext db, CancellationToken cancellationToken)
    {
        // Through the write gate: an audit row written on its own (a sign-in) would otherwise wait in SQLite's busy
        // handler, which a writer taking the lock step after step (the totals keeper catching up) starves past its timeout.
        var saved = await db.Database.CreateExecutionStrategy().ExecuteAsync(() => SqliteWriteGate.RunAsync(db, async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var count = await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return count;
        }, cancellationToken));
        db.ChangeTracker.AcceptAllChanges();
        return saved;
    }

    private static async Task LinkAsync(WarehouseDbContext db, List<EntityEntry> pending, CancellationToken cancellationToken)
    {
        var names = pending.Select(e => ChainOf(e.Entity)).Distinct().ToList();
        var heads = await ChainHeadLock.LockAsync(db, names, cancellationToken);
        foreach (var entry in pending)
        {
            var chain = ChainOf(entry.Entity);
            var (sequence, previous) = heads[chain];
            ToStoredPrecision(entry);
            var hash = ((IChained)entry.Entity).Seal(sequence + 1, previous, DocumentNumberOf(entry.Entity));
            heads[chain] = (sequence + 1, hash);
        }
        ChainHeadLock.Move(db, heads);
    }

    /// Cuts the row's times to whole microseconds before they are hashed: PostgreSQL keeps no finer, and a hash over
    /// ticks it cannot store would never verify. SQLite and SQL Server keep the value as it is then.
    private static void ToStoredPrecision(EntityEntry entry)
    {
        foreach (var property in entry.Properties.Where(p => p.Metadata.ClrType == typeof(DateTime)))
        {
            var value = (DateTime)property.CurrentValue!;
            property.CurrentValue = new DateTime(value.Ticks - value.Ticks % 10, value.Kind);
        }
    }

    private static string ChainOf(object row) => row is StockMovement ? HashChain.Ledger : HashChain.Audit;

    private static string? DocumentNumberOf(object row) => row switch
    {
        StockMovement { Document: { } document } => document.Number,
        StockMovement => throw new InvalidOperationException("A ledger row is saved with its document."),
        _ => null,
    };
}
