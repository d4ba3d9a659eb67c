using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Infrastructure;

/// What every step of a workflow (a request's, a count's) shares: the execution strategy, one transaction behind the
/// SQLite write gate, the version of each aggregate the step changed moved on, and a refusal or a lost race turned
/// into an outcome that changed nothing.
public static class WorkflowTransaction
{
    /// One step = one transaction: the aggregate's version moves on, so a concurrent step on the same aggregate loses
    /// with a clear message instead of overwriting. Inside a transaction already open (the demo seed walks its
    /// requests in its own one, so that a killed first start leaves nothing) the step joins it.
    public static async Task<Outcome<TResult>> RunAsync<TAggregate, TState, TResult>(WarehouseDbContext db,
        Func<Task<TState>> step, Func<TState, TResult> result)
        where TAggregate : class, IVersioned
    {
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(() => SqliteWriteGate.RunAsync(db, async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync() : null;
                var state = await step();
                foreach (var entry in db.ChangeTracker.Entries<TAggregate>())
                    entry.Entity.Touch();
                await db.SaveChangesAsync();
                if (transaction is not null)
                    await transaction.CommitAsync();
                return (Outcome<TResult>)result(state);
            }, CancellationToken.None));
        }
        catch (DomainException refused)
        {
            db.ChangeTracker.Clear();
            return Refused(refused.Error);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refused(Errors.Stale());
        }
        catch (DbUpdateException)
        {
            // A unique index refused the step: someone else's step of the same moment got there first.
            db.ChangeTracker.Clear();
            return Refused(Errors.ConcurrentChange());
        }
    }

    private static DomainError Refused(DomainError error)
    {
        WarehouseMeter.Refused("workflow", error.Code);
        return error;
    }
}
