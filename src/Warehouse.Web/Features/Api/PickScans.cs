using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;
using Warehouse.Hardware.Scanning;
using Warehouse.Web.Features.Offline;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Api;

/// One scan at the picking desk: the code is looked up and picked against the dispatch. A pick the handheld queued while
/// offline (<c>queuedAt</c> given) that is refused now is also kept for the depot's keepers, like a refused posting.
public sealed class PickScans(Picking picking, KitPicking kits, CodeLookup lookup, CurrentUser user, OfflineReplays offline)
{
    public async Task<Outcome<PickResult>> PickAsync(int dispatchId, PickBody body, DateTimeOffset? queuedAt,
        CancellationToken cancellationToken)
    {
        var outcome = await PickOnceAsync(dispatchId, body, cancellationToken);
        if (!outcome.Succeeded && queuedAt is not null)
            await offline.KeepPickRefusalAsync(dispatchId, body, outcome.Error!, queuedAt.Value, cancellationToken);
        return outcome;
    }

    private async Task<Outcome<PickResult>> PickOnceAsync(int dispatchId, PickBody body, CancellationToken cancellationToken)
    {
        // A kit's label picks all its components at once.
        if (ScanParser.Parse(body.Code ?? "").Payload is OwnCode { Kind: OwnCodeKind.Kit } kit)
            return await kits.PickAsync(dispatchId, kit.Key, body.ClientId ?? "", user.ToWorkflowActor());
        var info = await lookup.IdentifyAsync(body.Code ?? "", cancellationToken);
        if (info.Refusal() is { } refusal)
            return refusal;
        if (info.Item is null)
            return info.Kind == CodeKinds.Location ? Errors.CodeIsNotItem(info.Code) : Errors.UnknownCode(info.Code);
        var locationId = string.IsNullOrWhiteSpace(body.Location) ? null : await lookup.LocationIdAsync(body.Location, cancellationToken);
        return await picking.PickAsync(dispatchId, new ScannedGoods(info.Item.Id, info.Batch?.Id, info.Unit?.Id), body.Quantity,
            locationId, body.FefoOverride, body.ClientId ?? "", user.ToWorkflowActor());
    }
}
