using Warehouse.Data.Allocation.Steps;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;
using Warehouse.Web.Features.Offline;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Allocation.Delivery;

/// Confirms a delivery a handheld queued offline, with the receiver's signature when it took one. A confirmation the
/// device queued (<c>queuedAt</c> given) that is refused now for what it carries, such as a malformed or oversized
/// signature, is also kept for the depot's keepers, like a refused posting.
public sealed class QueuedDeliveries(DeliveryConfirmation delivery, CurrentUser user, OfflineReplays offline)
{
    public async Task<Outcome<int>> ConfirmAsync(QueuedDelivery body, DateTimeOffset? queuedAt, CancellationToken cancellationToken)
    {
        var outcome = await delivery.ConfirmQueuedAsync(body.Code!, body.ConfirmedAt!.Value.UtcDateTime, body.Note,
            user.ToWorkflowActor(), body.ToSigning());
        // A caller who may not confirm this delivery, or a code that finds nothing, leaves nothing for the keepers.
        if (!outcome.Succeeded && queuedAt is not null && outcome.Error!.Kind is ErrorKind.Invalid or ErrorKind.Conflict
            && await delivery.FindByCodeAsync(body.Code!) is { } dispatchId)
            await offline.KeepDeliveryRefusalAsync(dispatchId, body, outcome.Error, queuedAt.Value, cancellationToken);
        return outcome;
    }
}
