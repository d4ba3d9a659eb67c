using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Allocation.Steps;

/// What the manager sees before approving: for each line, the depots with free unexpired stock and a proposed split.
/// Equipment counts only units that may go out: one overdue for maintenance or under repair is not offered; what packed
/// kits hold is not offered either.
public sealed class SourceProposals(WarehouseDbContext db, Maintenance.UnitDueDates dueDates, BureauClock clock, Kits.KitHoldings kits,
    Suppliers.AgreementSources agreements)
{
    public async Task<IReadOnlyList<SourceProposal>> ProposeAsync(int id)
    {
        // Split: in one query the lines and their items are a joined subquery on the right of a LEFT JOIN, which
        // SQLite builds whole, every line of every request, before it picks this request's three.
        var request = await db.AllocationRequests.AsNoTracking().Include(r => r.Lines).ThenInclude(l => l.Item).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id) ?? throw new DomainException(Errors.UnknownCode($"#{id}"));
        var depots = await db.Depots.AsNoTracking().ToListAsync();
        var today = clock.Today;
        var itemIds = request.Lines.Select(l => l.ItemId).ToList();
        var notReady = request.Lines.Any(l => l.Item!.Tracking == TrackingMode.Serial)
            ? await dueDates.NotReadyAsync(CancellationToken.None) : [];
        var free = await (
            from b in db.StockBalances
            where itemIds.Contains(b.ItemId) && b.OnHand - b.Reserved > 0
                && (b.EquipmentUnitId == null || !notReady.Contains(b.EquipmentUnitId.Value))
            join bt in db.Batches on b.BatchId equals bt.Id into batches
            from bt in batches.DefaultIfEmpty()
            where bt == null || bt.Expiry >= today
            group b by new { b.ItemId, b.DepotId } into g
            select new { g.Key.ItemId, g.Key.DepotId, Available = g.Sum(b => b.OnHand - b.Reserved) })
            .ToListAsync();
        var held = await kits.ByItemAndDepotAsync(itemIds);
        free = free.Select(f => f with { Available = f.Available - held.GetValueOrDefault((f.ItemId, f.DepotId)) })
            .Where(f => f.Available > 0).ToList();
        var destination = request.DestinationPoint;
        var central = depots.FirstOrDefault(d => d.Kind == DepotKind.CentralReserve);
        var proposals = request.Lines.Select(line =>
        {
            var options = free.Where(f => f.ItemId == line.ItemId && f.DepotId != request.DestinationDepotId)
                .Select(f => depots.Single(d => d.Id == f.DepotId) is var d
                    ? new SourceOption(d.Id, d.Code, d.Name, f.Available,
                        destination is { } p ? Math.Round(p.DistanceKmTo(d.Position), 1) : null)
                    : null!)
                .OrderBy(o => o.DistanceKm ?? (o.DepotId == central?.Id ? 0 : double.MaxValue)).ThenBy(o => o.DepotCode)
                .ToList();
            return new SourceProposal(line.ItemId, line.Item!.Code, line.Item.Name, line.Item.Unit, line.Requested,
                Propose(line.Requested, options, central?.Id), options);
        }).ToList();
        return await agreements.CompleteAsync(proposals, central?.Id);
    }

    /// The nearest depot that can give all of it; else the central reserve; else the nearest ones in turn.
    internal static IReadOnlyList<(int DepotId, int Quantity)> Propose(int needed, IReadOnlyList<SourceOption> options, int? centralId)
    {
        if (options.FirstOrDefault(o => o.Available >= needed) is { } whole)
            return [(whole.DepotId, needed)];
        var plan = new List<(int, int)>();
        foreach (var option in options.OrderBy(o => o.DepotId == centralId ? 0 : 1).ThenBy(o => o.DistanceKm ?? double.MaxValue))
        {
            if (needed == 0)
                break;
            var take = Math.Min(needed, option.Available);
            plan.Add((option.DepotId, take));
            needed -= take;
        }
        return plan;
    }
}
