using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Printing;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Stock;

/// The reads a posting needs that do not decide who gets the stock: the depot, the items, bins and lots checked,
/// the printer for its note, and for issues the balances to take from, earliest expiry first. They run before the
/// write lock; the takes themselves are conditional updates under it, so a balance that changed since is simply
/// not taken from.
internal sealed class PostingPlanner(WarehouseDbContext db, IssuePosting issues, BureauClock clock)
{
    public async Task<PostingPlan> PlanAsync(PostingRequest request, CancellationToken cancellationToken)
    {
        var depot = await DepotById.For(db)(db, request.DepotId, cancellationToken)
            ?? throw new DomainException(Errors.UnknownDepot(request.DepotId.ToString()));
        var items = request.Kind == DocumentKind.Receipt ? await LoadAllItemsAsync(depot, request, cancellationToken)
            : await LoadItemsAsync(request, cancellationToken);
        var candidates = new List<Candidate>?[request.Lines.Count];
        for (var i = 0; i < request.Lines.Count; i++)
        {
            var line = request.Lines[i];
            await CheckLocationAsync(depot, line.LocationId, cancellationToken);
            if (request.Kind == DocumentKind.Issue)
                candidates[i] = await PlanIssueAsync(depot, items[line.ItemId], line, request.Reason, cancellationToken);
        }
        var printer = await PrinterChoice.ForAsync(db, depot.Id, request.Actor.StationId, cancellationToken);
        return new PostingPlan(depot, items, candidates, printer);
    }

    private async Task<Dictionary<int, Item>> LoadItemsAsync(PostingRequest request, CancellationToken cancellationToken)
    {
        var items = new Dictionary<int, Item>();
        foreach (var id in request.Lines.Select(l => l.ItemId).Distinct())
            items[id] = await ItemById.For(db)(db, id, cancellationToken) ?? throw new DomainException(Errors.UnknownCode($"#{id}"));
        return items;
    }

    /// The items of a goods-received note in one query, and the depot's bins with them, so only other depots' bins are
    /// looked up one by one (to be refused).
    private async Task<Dictionary<int, Item>> LoadAllItemsAsync(DepotRef depot, PostingRequest request, CancellationToken cancellationToken)
    {
        var ids = request.Lines.Select(l => l.ItemId).Distinct().ToList();
        var items = await db.Items.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        if (ids.Where(id => !items.ContainsKey(id)).Select(id => $"#{id}").FirstOrDefault() is { } missing)
            throw new DomainException(Errors.UnknownCode(missing));
        foreach (var bin in await db.Locations.AsNoTracking().Where(l => l.DepotId == depot.Id).Select(l => new { l.Id, l.Code })
                     .ToListAsync(cancellationToken))
            depot.Locations[bin.Id] = bin.Code;
        return items;
    }

    private async Task CheckLocationAsync(DepotRef depot, int? locationId, CancellationToken cancellationToken)
    {
        if (locationId is not { } id || depot.Locations.ContainsKey(id))
            return;
        var location = await db.Locations.AsNoTracking().Where(l => l.Id == id).Select(l => new { l.DepotId, l.Code })
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainException(Errors.UnknownCode($"#{id}"));
        if (location.DepotId != depot.Id)
            throw new DomainException(Errors.LocationOfOtherDepot(location.Code, depot.Code));
        depot.Locations[id] = location.Code;
    }

    /// Checks an issue line against the catalog and reads the balances it may take from; serial units are read
    /// under the write lock instead, since the unit's own status changes with the issue.
    private async Task<List<Candidate>?> PlanIssueAsync(DepotRef depot, Item item, PostingLine line, StockReason reason,
        CancellationToken cancellationToken)
    {
        if (item.CheckIssue(line.Quantity, line.Lot, line.Expiry, line.EquipmentUnitId, line.SerialNumber) is { } refused)
            throw new DomainException(refused);
        if (line.BatchId is { } batchId)
            await CheckBatchAsync(item, batchId, reason, cancellationToken);
        return item.Tracking == TrackingMode.Serial ? null : await issues.CandidatesAsync(depot, item, line, null, reason,
            cancellationToken);
    }

    private async Task CheckBatchAsync(Item item, int batchId, StockReason reason, CancellationToken cancellationToken)
    {
        var batch = await db.Batches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null || batch.ItemId != item.Id)
            throw new DomainException(Errors.BatchOfOtherItem(batch?.Number ?? $"#{batchId}", item.Code));
        if (batch.IsExpiredOn(clock.Today) && !StockReasons.AllowsExpired(reason))
            throw new DomainException(Errors.BatchExpired(batch.Number));
    }

    // The queries every posting runs are compiled once: as ordinary LINQ queries their expression trees were rebuilt,
    // parameterised and looked up in the query cache each time, which cost more than running their SQL.
    private static readonly CompiledQuery<Func<WarehouseDbContext, int, CancellationToken, Task<DepotRef?>>> DepotById = new(() =>
        EF.CompileAsyncQuery((WarehouseDbContext db, int id, CancellationToken _) =>
            db.Depots.AsNoTracking().Where(d => d.Id == id).Select(d => new DepotRef(d.Id, d.Code, d.Name)).SingleOrDefault()));

    private static readonly CompiledQuery<Func<WarehouseDbContext, int, CancellationToken, Task<Item?>>> ItemById = new(() =>
        EF.CompileAsyncQuery((WarehouseDbContext db, int id, CancellationToken _) => db.Items.SingleOrDefault(i => i.Id == id)));
}

/// What the planning read: the depot, the lines' items by id, each issue line's balances to take from (null for
/// receipts and serial units), and the printer for the note.
internal sealed record PostingPlan(DepotRef Depot, Dictionary<int, Item> Items, List<Candidate>?[] Candidates, int? Printer);

/// The posting's depot, with the bins already checked against it: the lines of one document often share a bin.
internal sealed record DepotRef(int Id, string Code, string Name)
{
    public Dictionary<int, string> Locations { get; } = [];

    /// The code of a bin the planning checked; null when the line names none.
    public string? LocationCode(int? locationId) => locationId is { } id ? Locations[id] : null;
}
