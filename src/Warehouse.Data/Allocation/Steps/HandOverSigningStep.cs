using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Allocation.Steps;

/// A signature given after its hand-over was recorded without it (a dispatch sent without the pad, a delivery confirmed before
/// signatures were taken), from the request's timeline. The driver signs for the source depot's keepers, the receiver for
/// whoever may confirm delivery; never once that role has signed, nor after the request is closed or cancelled.
public sealed class HandOverSigningStep(AllocationStepRunner runner, SignatureBook signatures)
{
    public Task<Outcome<int>> SignAsync(int dispatchId, HandOverRole role, HandOverSigning signing, WorkflowActor actor) =>
        runner.RunAsync(async () =>
        {
            var request = await runner.LoadByDispatchAsync(dispatchId, authorize: r => Authorize(r, dispatchId, role, actor));
            var dispatch = request.Dispatches.Single(d => d.Id == dispatchId);
            if (request.State is RequestState.Closed or RequestState.Cancelled)
                throw new DomainException(Errors.SigningAfterClose(dispatch.Number));
            await signatures.SignAsync(dispatch, role, signing, actor);
            return request;
        }, request => request.Id);

    private static void Authorize(AllocationRequest request, int dispatchId, HandOverRole role, WorkflowActor actor)
    {
        var depot = request.Dispatches.Single(d => d.Id == dispatchId).SourceDepotId;
        if (role == HandOverRole.Driver ? !actor.KeepsDepot(depot) : !actor.MayConfirmDelivery(request))
            throw new DomainException(Errors.Forbidden("Only the dispatch's keepers take the driver's signature, "
                + "and only who may confirm the delivery the receiver's."));
    }
}
