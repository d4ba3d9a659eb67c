using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Infrastructure;
using Warehouse.Domain.Kits;

namespace Warehouse.Data.Kits;

/// What packed kits hold: their components stay on the depot's balances, but are not free for loose picks or other kits.
public sealed class KitHoldings(WarehouseDbContext db)
{
    /// How much of each balance kits hold, leaving out the kits already picked onto <paramref name="exceptDispatchId"/>
    /// (whose picks the dispatch counts itself).
    public async Task<Dictionary<int, int>> OnBalancesAsync(IReadOnlyCollection<int> balanceIds, int? exceptDispatchId = null)
    {
        var held = new Dictionary<int, int>();
        await foreach (var (balanceId, quantity) in HeldOnBalances.For(db)(db, balanceIds, exceptDispatchId))
            held[balanceId] = quantity;
        return held;
    }

    /// How much of each item kits on the shelf hold at each depot.
    public async Task<Dictionary<(int ItemId, int DepotId), int>> ByItemAndDepotAsync(IReadOnlyCollection<int> itemIds) =>
        (await (
            from c in db.KitComponents
            join k in db.Kits on c.KitId equals k.Id
            where itemIds.Contains(c.ItemId) && k.State == KitState.Packed
            group c by new { c.ItemId, k.DepotId } into g
            select new { g.Key.ItemId, g.Key.DepotId, Quantity = g.Sum(c => c.Quantity) })
            .ToListAsync()).ToDictionary(g => (g.ItemId, g.DepotId), g => g.Quantity);

    /// The number of the kit that holds the unit, or null when no kit does.
    public Task<string?> KitOfUnitAsync(int unitId) =>
        (from c in db.KitComponents
         join k in db.Kits on c.KitId equals k.Id
         where c.HeldUnitId == unitId
         select k.Number).FirstOrDefaultAsync();

    // Every issue line asks it of the balances it may take from, so compiled once.
    private static readonly CompiledQuery<Func<WarehouseDbContext, IReadOnlyCollection<int>, int?, IAsyncEnumerable<Held>>>
        HeldOnBalances = new(() => EF.CompileAsyncQuery((WarehouseDbContext db, IReadOnlyCollection<int> balanceIds,
            int? exceptDispatchId) =>
            from c in db.KitComponents
            join k in db.Kits on c.KitId equals k.Id
            where balanceIds.Contains(c.BalanceId)
                && (k.State == KitState.Packed || (k.State == KitState.Picked && k.DispatchId != exceptDispatchId))
            group c by c.BalanceId into g
            select new Held(g.Key, g.Sum(c => c.Quantity))));

    private sealed record Held(int BalanceId, int Quantity);

    /// The kit a scanned WK- key names, whole, tracked for a change.
    public Task<Kit?> FindAsync(string number) =>
        db.Kits.Include(k => k.Components).Include(k => k.Definition).ThenInclude(d => d!.Lines)
            .SingleOrDefaultAsync(k => k.Number == number);
}
