using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Allocation.Steps;

/// A keeper takes a wrong scan back off a dispatch that is still being picked.
public sealed class Unpicking(AllocationStepRunner runner, WarehouseDbContext db)
{
    public Task<Outcome<int>> UnpickAsync(int dispatchId, int pickId, WorkflowActor actor) =>
        runner.RunAsync(async () =>
        {
            var request = await runner.LoadByDispatchAsync(dispatchId);
            var dispatch = request.Dispatches.Single(d => d.Id == dispatchId);
            if (!actor.KeepsDepot(dispatch.SourceDepotId))
                throw new DomainException(Errors.DepotNotYours(await db.DepotCodeAsync(dispatch.SourceDepotId)));
            var pick = dispatch.Picks.SingleOrDefault(p => p.Id == pickId)
                ?? throw new DomainException(Errors.UnknownCode($"#{pickId}"));
            dispatch.Unpick(pick);
            return request;
        }, request => request.Id);
}
