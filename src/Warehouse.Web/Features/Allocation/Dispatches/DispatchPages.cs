using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Allocation;
using Warehouse.Domain.Allocation;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Allocation.Dispatches;

/// The returns page: what went out on the dispatch that may come back, by unit and by item.
public sealed record ReturnPage(AllocationRequest Request, Dispatch Dispatch, IReadOnlyDictionary<int, string> Units,
    IReadOnlyDictionary<int, string> Items)
{
    public bool HasReturnable => Items.Count > 0;
}

/// Builds the keeper's dispatch pages: picking and returns are for the keepers of the dispatch's source depot.
public sealed class DispatchPages(AllocationQueries queries, WarehouseDbContext db, CurrentUser user, SignatureBook signatures)
{
    public async Task<PageLookup<PickPage>> PickAsync(int id, CancellationToken cancellationToken)
    {
        var (request, dispatch, lookup) = await KeptAsync<PickPage>(id, cancellationToken);
        if (lookup is not null)
            return lookup;
        var names = await db.Items.Where(i => dispatch!.Lines.Select(l => l.ItemId).Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        return new(new PickPage(request!, dispatch!, names, Guid.NewGuid().ToString("N")[..12],
            user.ToWorkflowActor().IsManager), false);
    }

    public async Task<PageLookup<ReturnPage>> ReturnAsync(int id, CancellationToken cancellationToken)
    {
        var (request, dispatch, lookup) = await KeptAsync<ReturnPage>(id, cancellationToken);
        if (lookup is not null)
            return lookup;
        var units = await db.EquipmentUnits.AsNoTracking().Where(u => dispatch!.Picks.Select(p => p.EquipmentUnitId).Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => $"{u.AssetNumber} / {u.SerialNumber}", cancellationToken);
        var items = await db.Items.AsNoTracking().Where(i => dispatch!.Lines.Select(l => l.ItemId).Contains(i.Id) && i.Returnable)
            .ToDictionaryAsync(i => i.Id, i => i.Label, cancellationToken);
        return new(new ReturnPage(request!, dispatch!, units, items), false);
    }

    /// The version of the dispatch's request as it stands now (0 when there is no such dispatch).
    public async Task<int> RequestVersionAsync(int dispatchId, CancellationToken cancellationToken) =>
        await db.Dispatches.Where(d => d.Id == dispatchId).Select(d => d.Request!.Version).SingleOrDefaultAsync(cancellationToken);

    /// The slip of a dispatch just sent, with the codes it was given.
    public async Task<SlipPage> SlipAsync(int dispatchId, DeliveryCodes codes, CancellationToken cancellationToken)
    {
        var request = (await queries.RequestOfDispatchAsync(dispatchId, cancellationToken))!;
        var driver = (await signatures.OfAsync([dispatchId], cancellationToken)).FirstOrDefault(s => s.Role == HandOverRole.Driver);
        return SlipPage.Of(request, request.Dispatches.Single(d => d.Id == dispatchId), codes, reissued: false)
            with { DriverSigned = driver };
    }

    private async Task<(AllocationRequest?, Dispatch?, PageLookup<T>?)> KeptAsync<T>(int id, CancellationToken cancellationToken)
        where T : class
    {
        var request = await queries.RequestOfDispatchAsync(id, cancellationToken);
        if (request is null)
            return (null, null, PageLookup<T>.Missing);
        var dispatch = request.Dispatches.Single(d => d.Id == id);
        return user.ToWorkflowActor().KeepsDepot(dispatch.SourceDepotId)
            ? (request, dispatch, null)
            : (null, null, PageLookup<T>.NotYours);
    }
}
