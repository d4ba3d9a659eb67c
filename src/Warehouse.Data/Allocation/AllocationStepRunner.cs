using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Live;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Allocation;

/// What every step of the allocation workflow shares: the execution strategy, one transaction behind the SQLite write
/// gate, the request loaded whole with its version checked, and a refusal or a lost race turned into an outcome.
public sealed class AllocationStepRunner(WarehouseDbContext db, IRequestChanges changes)
{
    /// One step = one transaction: the request's version moves on (see <see cref="WorkflowTransaction"/>). Once a step
    /// of its own has committed, the requests it changed are published; a step inside a caller's transaction (the
    /// demo seed) publishes nothing, as nothing is committed yet.
    public async Task<Outcome<TResult>> RunAsync<TState, TResult>(Func<Task<TState>> step, Func<TState, TResult> result)
    {
        var ownTransaction = db.Database.CurrentTransaction is null;
        var outcome = await WorkflowTransaction.RunAsync<AllocationRequest, TState, TResult>(db, step, result);
        if (outcome.Succeeded && ownTransaction)
            await changes.PublishAsync(Changed(RequestChangeKind.Stepped));
        return outcome;
    }

    private List<RequestChange> Changed(RequestChangeKind kind) => db.ChangeTracker.Entries<AllocationRequest>()
        .Select(e => new RequestChange(e.Entity.Id, e.Entity.Number, e.Entity.State, kind))
        .ToList();

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
        .Include(r => r.Steps)
        .Include(r => r.Dispatches).ThenInclude(d => d.Lines)
        .Include(r => r.Dispatches).ThenInclude(d => d.Picks)
        .Include(r => r.Dispatches).ThenInclude(d => d.Reservations)
        .Include(r => r.Dispatches).ThenInclude(d => d.Returns)
        .Include(r => r.CallUps)
        .AsSplitQuery();
}
