using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Allocation;

/// What every step of the allocation workflow shares: the execution strategy, one transaction behind the SQLite write
/// gate, the request loaded whole with its version checked, and a refusal or a lost race turned into an outcome.
public sealed class AllocationStepRunner(WarehouseDbContext db)
{
    /// One step = one transaction: the request's version moves on, so a concurrent step on the same request loses
    /// with a clear message instead of overwriting.
    public async Task<Outcome<TResult>> RunAsync<TState, TResult>(Func<Task<TState>> step, Func<TState, TResult> result)
    {
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(() => SqliteWriteGate.RunAsync(db, async () =>
            {
                db.ChangeTracker.Clear();
                // The demo seed walks its requests inside its own one transaction, so that a killed first start leaves nothing.
                await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync() : null;
                var state = await step();
                foreach (var entry in db.ChangeTracker.Entries<AllocationRequest>())
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
            return refused.Error;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Errors.Stale();
        }
        catch (DbUpdateException)
        {
            // A unique index refused the step: someone else's step of the same moment got there first.
            db.ChangeTracker.Clear();
            return Errors.ConcurrentChange();
        }
    }

    /// Loads a request for a step: who may take the step is checked before whether the form is stale.
    public async Task<AllocationRequest> LoadAsync(int id, int? version, Action<AllocationRequest>? authorize = null)
    {
        var request = await Graph().SingleOrDefaultAsync(r => r.Id == id)
            ?? throw new DomainException(Errors.UnknownRequest(id));
        authorize?.Invoke(request);
        if (version is { } v && v != request.Version)
            throw new DomainException(Errors.Stale());
        return request;
    }

    /// Loads the request a dispatch belongs to, as <see cref="LoadAsync"/> does.
    public async Task<AllocationRequest> LoadByDispatchAsync(int dispatchId, int? version = null,
        Action<AllocationRequest>? authorize = null)
    {
        var requestId = await db.Dispatches.Where(d => d.Id == dispatchId).Select(d => (int?)d.RequestId).SingleOrDefaultAsync()
            ?? throw new DomainException(Errors.UnknownDispatch(dispatchId));
        return await LoadAsync(requestId, version, authorize);
    }

    private IQueryable<AllocationRequest> Graph() => db.AllocationRequests
        .Include(r => r.Lines)
        .Include(r => r.DestinationDepot)
        .Include(r => r.Transitions)
        .Include(r => r.Dispatches).ThenInclude(d => d.Lines)
        .Include(r => r.Dispatches).ThenInclude(d => d.Picks)
        .Include(r => r.Dispatches).ThenInclude(d => d.Reservations)
        .Include(r => r.Dispatches).ThenInclude(d => d.Returns)
        .AsSplitQuery();
}
