using Warehouse.Data.Allocation;
using Warehouse.Data.Kits;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;
using Warehouse.Web.Features.Api;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Kits;

/// A scan on a kit's page: the code is looked up (a unit, a batch or an item) and packed into the kit.
public sealed class KitScans(KitPacking packing, CodeLookup lookup, CurrentUser user)
{
    public async Task<Outcome<int>> PackAsync(int kitId, string? code, int quantity, CancellationToken cancellationToken)
    {
        var info = await lookup.IdentifyAsync(code ?? "", cancellationToken);
        if (info.Refusal() is { } refusal)
            return refusal;
        if (info.Item is null)
            return info.Kind == CodeKinds.Location ? Errors.CodeIsNotItem(info.Code) : Errors.UnknownCode(info.Code);
        return await packing.PackAsync(kitId, new ScannedGoods(info.Item.Id, info.Batch?.Id, info.Unit?.Id), quantity,
            user.ToWorkflowActor());
    }
}
