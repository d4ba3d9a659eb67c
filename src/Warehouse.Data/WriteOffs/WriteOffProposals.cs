using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data.Auditing;
using Warehouse.Data.Infrastructure;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.WriteOffs;

namespace Warehouse.Data.WriteOffs;

/// Goods proposed for write-off: the item, and where the keeper named them, the batch, the serial unit and the bin.
public sealed record WriteOffGoods(int ItemId, int Quantity, int? BatchId = null, int? EquipmentUnitId = null, int? LocationId = null);

/// A keeper's write-off proposal: the depot, why, a note and the goods.
public sealed record WriteOffProposal(int DepotId, WriteOffCause Cause, string? Note, IReadOnlyList<WriteOffGoods> Goods);

/// A keeper of the depot proposes a write-off note (报废单). Nothing moves yet, but the goods must be there, free: more than
/// is on hand is refused, and so is an unexpired batch written off as expired.
public sealed class WriteOffProposals(WarehouseDbContext db, NumberSequences numbers, AuditTrail audit, BureauClock clock)
{
    public Task<Outcome<WriteOff>> ProposeAsync(WriteOffProposal proposal, WorkflowActor actor) =>
        WorkflowTransaction.RunAsync<WriteOff, WriteOff, WriteOff>(db, async () =>
        {
            if (!await db.Depots.AnyAsync(d => d.Id == proposal.DepotId))
                throw new DomainException(Errors.UnknownDepot($"#{proposal.DepotId}"));
            if (!actor.KeepsDepot(proposal.DepotId))
                throw new DomainException(Errors.DepotNotYours(await db.DepotCodeAsync(proposal.DepotId)));
            var lines = proposal.Goods.Select(g => new WriteOffLine(g.ItemId, g.Quantity, g.BatchId, g.EquipmentUnitId, g.LocationId))
                .ToList();
            foreach (var same in proposal.Goods.GroupBy(g => (g.ItemId, g.BatchId, g.EquipmentUnitId, g.LocationId)))
                await CheckHeldAsync(proposal, same.Key, same.Sum(g => g.Quantity));
            var prefix = "BF" + clock.Today.ToString("yyyyMMdd");
            var writeOff = new WriteOff($"{prefix}-{await numbers.NextAsync(prefix, default):0000}", proposal.DepotId, proposal.Cause,
                proposal.Note, lines, actor.UserName, clock.UtcNow);
            db.WriteOffs.Add(writeOff);
            audit.Record(AuditActor.Of(actor), AuditActions.WriteOffProposed, writeOff.Number,
                $"{writeOff.Cause} {string.Join(", ", lines.Select(l => $"#{l.ItemId}×{l.Quantity}"))}");
            return writeOff;
        }, writeOff => writeOff);

    private async Task CheckHeldAsync(WriteOffProposal proposal, (int ItemId, int? BatchId, int? UnitId, int? LocationId) goods, int quantity)
    {
        var item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == goods.ItemId)
            ?? throw new DomainException(Errors.UnknownCode($"#{goods.ItemId}"));
        if (goods.BatchId is { } batchId)
        {
            var batch = await db.Batches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId);
            if (batch is null || batch.ItemId != item.Id)
                throw new DomainException(Errors.BatchOfOtherItem(batch?.Number ?? $"#{batchId}", item.Code));
            if (proposal.Cause == WriteOffCause.Expired && !batch.IsExpiredOn(clock.Today))
                throw new DomainException(Errors.WriteOffNotExpired(batch.Number));
        }
        else if (proposal.Cause == WriteOffCause.Expired && item.Tracking == TrackingMode.Batch)
            throw new DomainException(Errors.WriteOffNotExpired(item.Label));
        if (item.Tracking == TrackingMode.Serial && goods.UnitId is null)
            throw new DomainException(Errors.SerialRequired(item.Label));
        var held = await db.StockBalances.AsNoTracking()
            .Where(b => b.DepotId == proposal.DepotId && b.ItemId == item.Id
                && (goods.BatchId == null || b.BatchId == goods.BatchId)
                && (goods.UnitId == null || b.EquipmentUnitId == goods.UnitId)
                && (goods.LocationId == null || b.LocationId == goods.LocationId))
            .SumAsync(b => b.OnHand - b.Reserved);
        if (held < quantity)
            throw new DomainException(Errors.WriteOffMoreThanHeld(item.Label, quantity, held));
    }
}
