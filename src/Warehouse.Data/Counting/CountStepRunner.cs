using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;
using Warehouse.Domain.Counting;

namespace Warehouse.Data.Counting;

/// What every step of a count shares, as the allocation steps share theirs: the execution strategy, one transaction
/// behind the SQLite write gate, the count loaded whole with its version moved on, and a refusal or a lost race
/// turned into an outcome that changed nothing.
public sealed class CountStepRunner(WarehouseDbContext db)
{
    public async Task<Outcome<TResult>> RunAsync<TState, TResult>(Func<Task<TState>> step, Func<TState, TResult> result)
    {
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(() => SqliteWriteGate.RunAsync(db, async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync();
                var state = await step();
                foreach (var entry in db.ChangeTracker.Entries<StockCount>())
                    entry.Entity.Touch();
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
                return (Outcome<TResult>)result(state);
            }, CancellationToken.None));
        }
        catch (DomainException refused)
        {
            db.ChangeTracker.Clear();
            return refused.Error;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Errors.Stale();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Errors.ConcurrentChange();
        }
    }

    /// Loads a count whole for a step.
    public async Task<StockCount> LoadAsync(int id) =>
        await db.StockCounts.Include(c => c.Locations).Include(c => c.Entries).Include(c => c.Lines).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == id)
        ?? throw new DomainException(Errors.UnknownCount(id));

    /// The ledger's last row now: a bin's expected figures are the books as they stood at this row.
    public async Task<long> LedgerMarkerAsync() => await db.StockMovements.MaxAsync(m => (long?)m.Id) ?? 0;
}
