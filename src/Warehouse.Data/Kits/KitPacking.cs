using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data.Auditing;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Kits;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Kits;

/// A keeper packs a kit at their depot by scanning its components, and unpacks it again. Packing moves no stock: the
/// components stay on the depot's balances, held by the kit.
public sealed class KitPacking(WarehouseDbContext db, WorkflowNumbers numbers, KitHoldings holdings, AuditTrail audit,
    BureauClock clock)
{
    /// Opens an empty kit of the definition at the depot; it is packed by scanning.
    public Task<Outcome<int>> StartAsync(int definitionId, int depotId, WorkflowActor actor) =>
        WorkflowTransaction.RunAsync<Kit, Kit, int>(db, async () =>
        {
            var depot = await db.Depots.Where(d => d.Id == depotId).Select(d => d.Code).SingleOrDefaultAsync()
                ?? throw new DomainException(Errors.UnknownDepot($"#{depotId}"));
            if (!actor.KeepsDepot(depotId))
                throw new DomainException(Errors.DepotNotYours(depot));
            var definition = await db.KitDefinitions.Include(d => d.Lines).SingleOrDefaultAsync(d => d.Id == definitionId)
                ?? throw new DomainException(Errors.UnknownKitDefinition(definitionId));
            if (definition.Lines.Count == 0)
                throw new DomainException(Errors.KitDefinitionEmpty(definition.Code));
            var kit = new Kit(await numbers.NextAsync("KT"), definition, depotId, actor.UserName, clock.UtcNow);
            db.Kits.Add(kit);
            audit.Record(AuditActor.Of(actor), AuditActions.KitPacked, kit.Number, definition.Code);
            return kit;
        }, kit => kit.Id);

    /// Packs one scanned component: a unit, a batch or an item (then the earliest-expiring free stock), never more
    /// than is free at the depot (on hand less reserved less what other kits hold).
    public Task<Outcome<int>> PackAsync(int kitId, ScannedGoods goods, int quantity, WorkflowActor actor) =>
        WorkflowTransaction.RunAsync<Kit, Kit, int>(db, async () =>
        {
            if (StockRules.CheckQuantity(quantity) is { } quantityError)
                throw new DomainException(quantityError);
            var kit = await LoadAsync(kitId, actor);
            var item = await db.Items.AsNoTracking().SingleAsync(i => i.Id == goods.ItemId);
            if (item.Tracking == TrackingMode.Serial && goods.EquipmentUnitId is null)
                throw new DomainException(Errors.SerialRequired(item.Label));
            if (goods.EquipmentUnitId is { } unitId && await holdings.KitOfUnitAsync(unitId) is { } other)
                throw new DomainException(Errors.UnitAlreadyInKit(item.Label, other));
            var (balanceId, expiry) = await FreeBalanceAsync(kit.DepotId, item, goods, quantity);
            kit.Pack(kit.Definition!, item.Label, item.Id, balanceId, goods.BatchId ?? await BatchOfAsync(balanceId),
                goods.EquipmentUnitId, quantity, expiry);
            audit.Record(AuditActor.Of(actor), AuditActions.KitPacked, kit.Number, $"{item.Code}×{quantity}");
            return kit;
        }, kit => kit.Id);

    /// Takes a kit apart: its components are free again. A kit out on a dispatch is refused.
    public Task<Outcome<int>> UnpackAsync(int kitId, WorkflowActor actor) =>
        WorkflowTransaction.RunAsync<Kit, Kit, int>(db, async () =>
        {
            var kit = await LoadAsync(kitId, actor);
            kit.Unpack(actor.UserName, clock.UtcNow);
            audit.Record(AuditActor.Of(actor), AuditActions.KitUnpacked, kit.Number, $"{kit.Components.Count}");
            return kit;
        }, kit => kit.Id);

    private async Task<Kit> LoadAsync(int kitId, WorkflowActor actor)
    {
        var kit = await db.Kits.Include(k => k.Components).Include(k => k.Definition).ThenInclude(d => d!.Lines)
            .SingleOrDefaultAsync(k => k.Id == kitId) ?? throw new DomainException(Errors.UnknownKit($"#{kitId}"));
        if (!actor.KeepsDepot(kit.DepotId))
            throw new DomainException(Errors.DepotNotYours(await db.DepotCodeAsync(kit.DepotId)));
        return kit;
    }

    private Task<int?> BatchOfAsync(int balanceId) =>
        db.StockBalances.Where(b => b.Id == balanceId).Select(b => b.BatchId).SingleAsync();

    private async Task<(int BalanceId, DateOnly? Expiry)> FreeBalanceAsync(int depotId, Item item, ScannedGoods goods, int quantity)
    {
        var today = clock.Today;
        var rows = await (
            from b in db.StockBalances
            where b.DepotId == depotId && b.ItemId == item.Id && b.OnHand > 0
                && (goods.BatchId == null || b.BatchId == goods.BatchId)
                && (goods.EquipmentUnitId == null || b.EquipmentUnitId == goods.EquipmentUnitId)
            join bt in db.Batches on b.BatchId equals bt.Id into batches
            from bt in batches.DefaultIfEmpty()
            select new { b.Id, Free = b.OnHand - b.Reserved, Expiry = bt == null ? (DateOnly?)null : bt.Expiry,
                Number = bt == null ? null : bt.Number })
            .ToListAsync();
        if (goods.BatchId is not null && rows.FirstOrDefault(r => r.Expiry < today) is { } expired)
            throw new DomainException(Errors.BatchExpired(expired.Number!));
        var held = await holdings.OnBalancesAsync(rows.Select(r => r.Id).ToList());
        var free = rows.Where(r => r.Expiry is null || r.Expiry >= today)
            .Select(r => r with { Free = r.Free - held.GetValueOrDefault(r.Id) }).ToList();
        var fit = free.Where(r => r.Free >= quantity).OrderBy(r => r.Expiry ?? DateOnly.MaxValue).ThenBy(r => r.Id).FirstOrDefault()
            ?? throw new DomainException(Errors.KitStockNotFree(item.Label, quantity, Math.Max(0, free.Sum(r => r.Free))));
        return (fit.Id, fit.Expiry);
    }
}
