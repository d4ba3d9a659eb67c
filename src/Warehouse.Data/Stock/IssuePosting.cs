using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Infrastructure;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Stock;

/// Writes an issue line under the write lock: takes the quantity from the balances earliest expiry first through
/// conditional updates, re-reading them once if they changed since planning, and marks an issued serial unit (never one
/// packed in a kit).
internal sealed class IssuePosting(WarehouseDbContext db, LedgerWriter ledger, BureauClock clock)
{
    public async Task IssueAsync(StockDocument document, DepotRef depot, Item item, PostingLine line, List<Candidate>? planned,
        List<PostedLine> posted, CancellationToken cancellationToken)
    {
        var unit = await IssuedUnitAsync(depot, item, line, cancellationToken);
        var remaining = await TakeAsync(document, item, line.Quantity, planned ?? [], posted, cancellationToken);
        if (remaining > 0)
        {
            // The balances read before the write lock had changed (or it is a serial unit): read them again under it,
            // where nothing else in this process can change them.
            remaining = await TakeAsync(document, item, remaining,
                await CandidatesAsync(depot, item, line, unit?.Id, document.Reason, cancellationToken), posted, cancellationToken);
        }
        if (remaining > 0)
            throw new DomainException(Errors.NotEnoughStock(item.Label, line.Quantity, line.Quantity - remaining));
        unit?.Issue(document.Reason switch
        {
            StockReason.Scrap => EquipmentStatus.Scrapped,
            StockReason.Loss => EquipmentStatus.Lost,
            _ => EquipmentStatus.Issued,
        });
    }

    /// The balances a line may take from, earliest expiry first.
    public async Task<List<Candidate>> CandidatesAsync(DepotRef depot, Item item, PostingLine line, int? unitId, StockReason reason,
        CancellationToken cancellationToken)
    {
        var candidates = new List<Candidate>();
        await foreach (var candidate in CandidatesQuery.For(db)(db, depot.Id, item.Id, line.LocationId, line.BatchId, unitId, line.Mode,
            StockReasons.AllowsExpired(reason), clock.Today).WithCancellation(cancellationToken))
            candidates.Add(candidate);
        return await WithoutKitHoldingsAsync(candidates);
    }

    /// What packed kits hold stays on the balances but is not free: an issue note takes only the rest.
    private async Task<List<Candidate>> WithoutKitHoldingsAsync(List<Candidate> candidates)
    {
        if (candidates.Count == 0)
            return candidates;
        var held = await new Kits.KitHoldings(db).OnBalancesAsync(candidates.Select(c => c.Balance.Id).ToList());
        return held.Count == 0 ? candidates
            : candidates.Select(c => c with { Available = c.Available - held.GetValueOrDefault(c.Balance.Id) })
                .Where(c => c.Available > 0).ToList();
    }

    /// Takes up to the quantity from the balances in their order; answers how much is still missing.
    private async Task<int> TakeAsync(StockDocument document, Item item, int quantity, List<Candidate> candidates,
        List<PostedLine> posted, CancellationToken cancellationToken)
    {
        var remaining = quantity;
        foreach (var candidate in candidates)
        {
            if (remaining == 0)
                break;
            var take = Math.Min(remaining, candidate.Available);
            if (await ledger.DecreaseAsync(candidate.Balance.Id, take, cancellationToken) is not { } after)
                continue;
            document.Record(candidate.Balance, -take, after);
            posted.Add(new PostedLine(item.Code, item.Name, item.Unit, take, after, candidate.LocationCode, candidate.BatchNumber,
                candidate.Lot, candidate.Expiry, candidate.AssetNumber, candidate.SerialNumber, candidate.Balance.Mode));
            remaining -= take;
        }
        return remaining;
    }

    private async Task<EquipmentUnit?> IssuedUnitAsync(DepotRef depot, Item item, PostingLine line, CancellationToken cancellationToken)
    {
        if (item.Tracking != TrackingMode.Serial)
            return null;
        var serial = line.SerialNumber?.Trim().ToUpperInvariant();
        var unit = line.EquipmentUnitId is { } unitId
            ? await db.EquipmentUnits.SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken)
            : serial is null
                ? throw new DomainException(Errors.SerialRequired(item.Label))
                : await db.EquipmentUnits.SingleOrDefaultAsync(u => u.ItemId == item.Id && u.SerialNumber == serial, cancellationToken);
        if (unit is null)
            throw new DomainException(Errors.UnknownCode(serial ?? $"#{line.EquipmentUnitId}"));
        if (unit.ItemId != item.Id)
            throw new DomainException(Errors.UnitOfOtherItem(unit.SerialNumber, item.Code));
        if (unit.Status != EquipmentStatus.InStock || unit.DepotId != depot.Id)
            throw new DomainException(Errors.UnitNotInStock(unit.SerialNumber, depot.Code));
        if (await db.KitComponents.Where(c => c.HeldUnitId == unit.Id).Join(db.Kits, c => c.KitId, k => k.Id, (_, k) => k.Number)
                .FirstOrDefaultAsync(cancellationToken) is { } kit)
            throw new DomainException(Errors.PackedInKit(item.Label, kit));
        return unit;
    }

    // Compiled once, as every issue line runs it (see PostingPlanner).
    private static readonly CompiledQuery<Func<WarehouseDbContext, int, int, int?, int?, int?, StorageMode?, bool, DateOnly,
        IAsyncEnumerable<Candidate>>> CandidatesQuery = new(() =>
        EF.CompileAsyncQuery((WarehouseDbContext db, int depotId, int itemId, int? locationId, int? batchId, int? unitId, StorageMode? mode,
                bool allowExpired, DateOnly today) =>
            from b in db.StockBalances.AsNoTracking()
            where b.DepotId == depotId && b.ItemId == itemId && b.OnHand - b.Reserved > 0
                && (locationId == null || b.LocationId == locationId)
                && (batchId == null || b.BatchId == batchId)
                && (unitId == null || b.EquipmentUnitId == unitId)
                && (mode == null || b.Mode == mode)
            join bt in db.Batches on b.BatchId equals bt.Id into batches
            from bt in batches.DefaultIfEmpty()
            where allowExpired || batchId != null || bt == null || bt.Expiry >= today
            join l in db.Locations on b.LocationId equals l.Id into locations
            from l in locations.DefaultIfEmpty()
            join u in db.EquipmentUnits on b.EquipmentUnitId equals u.Id into units
            from u in units.DefaultIfEmpty()
            orderby bt == null ? DateOnly.MaxValue : bt.Expiry, b.Id
            select new Candidate(b, b.OnHand - b.Reserved, l.Code, bt.Number, bt.Lot, bt == null ? null : bt.Expiry, u.AssetNumber,
                u.SerialNumber)));
}

/// A balance an issue may take from, with what its posted line shows.
internal sealed record Candidate(StockBalance Balance, int Available, string? LocationCode, string? BatchNumber, string? Lot,
    DateOnly? Expiry, string? AssetNumber, string? SerialNumber);
