using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Allocation.Steps;

/// A lost slip: a manager gets new codes for a dispatch on the road; the old ones stop working at once. The audit
/// row names who, when and which dispatch, never the code.
public sealed class CodeReissue(AllocationStepRunner runner, AuditTrail audit)
{
    public Task<Outcome<DeliveryCodes>> ReissueCodesAsync(int dispatchId, WorkflowActor actor) =>
        runner.RunAsync(async () =>
        {
            if (!actor.IsManager)
                throw new DomainException(Errors.Forbidden("Only a manager may re-issue a delivery code."));
            var request = await runner.LoadByDispatchAsync(dispatchId);
            var dispatch = request.Dispatches.Single(d => d.Id == dispatchId);
            var (qr, shortCode) = dispatch.ReissueCodes();
            audit.Record(AuditActor.Of(actor), AuditActions.DeliveryCodeReissued, dispatch.Number, request.Number);
            return new DeliveryCodes(dispatch.Number, "WD-" + qr, shortCode);
        }, codes => codes);
}
