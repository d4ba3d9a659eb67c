using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Allocation.Steps;

/// A keeper takes a wrong scan back off a dispatch that is still being picked (a kit's scan comes off whole).
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
            if (KitPicking.KitOf(pick) is { } kitId)
                await UnpickKitAsync(dispatch, kitId);
            else
                dispatch.Unpick(pick);
            return request;
        }, request => request.Id);

    /// A kit went onto the dispatch whole, so it comes off whole: all its picks, and the kit is on the shelf again.
    private async Task UnpickKitAsync(Dispatch dispatch, int kitId)
    {
        foreach (var pick in dispatch.Picks.Where(p => KitPicking.KitOf(p) == kitId).ToList())
            dispatch.Unpick(pick);
        var kit = await db.Kits.SingleAsync(k => k.Id == kitId);
        kit.PutBack();
        kit.Touch();
    }
}
