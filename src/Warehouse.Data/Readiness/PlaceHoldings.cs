using Microsoft.EntityFrameworkCore;

namespace Warehouse.Data.Readiness;

/// What each place holds, per item: issued to it (issue notes naming it, delivered dispatches sent to it) less what came
/// back, plus what its own storage point has on hand. Sums run in the database, one query per source.
public sealed class PlaceHoldings(WarehouseDbContext db)
{
    private const int LinksPerQuery = 500;

    public async Task<Dictionary<(int PlaceId, int ItemId), int>> ReadAsync(CancellationToken cancellationToken)
    {
        var held = new Dictionary<(int PlaceId, int ItemId), int>();
        void Add(int placeId, int itemId, int quantity) =>
            held[(placeId, itemId)] = held.GetValueOrDefault((placeId, itemId)) + quantity;

        foreach (var (placeId, itemId, quantity) in await DocumentsAsync(cancellationToken))
            Add(placeId, itemId, quantity);

        var delivered = db.Dispatches.Where(d => d.DeliveredAt != null && d.Request!.DestinationPlaceId != null);
        var picked = await delivered
            .SelectMany(d => d.Picks, (d, p) => new { PlaceId = d.Request!.DestinationPlaceId!.Value, p.ItemId, p.Quantity })
            .GroupBy(p => new { p.PlaceId, p.ItemId })
            .Select(g => new { g.Key.PlaceId, g.Key.ItemId, Quantity = g.Sum(p => p.Quantity) }).ToListAsync(cancellationToken);
        picked.ForEach(p => Add(p.PlaceId, p.ItemId, p.Quantity));
        var returned = await delivered
            .SelectMany(d => d.Returns, (d, r) => new { PlaceId = d.Request!.DestinationPlaceId!.Value, r.ItemId, r.Quantity })
            .GroupBy(r => new { r.PlaceId, r.ItemId })
            .Select(g => new { g.Key.PlaceId, g.Key.ItemId, Quantity = g.Sum(r => r.Quantity) }).ToListAsync(cancellationToken);
        returned.ForEach(r => Add(r.PlaceId, r.ItemId, -r.Quantity));

        var stored = await (from p in db.Places
                            where p.DepotId != null
                            join b in db.StockBalances on p.DepotId equals b.DepotId
                            group b.OnHand by new { PlaceId = p.Id, b.ItemId } into g
                            select new { g.Key.PlaceId, g.Key.ItemId, Quantity = g.Sum() }).ToListAsync(cancellationToken);
        stored.ForEach(s => Add(s.PlaceId, s.ItemId, s.Quantity));
        return held;
    }

    /// What the issues and returns naming a place moved, per place and item. The links are read first and the
    /// movements looked up by their documents: joined in one query, SQLite's planner walks the whole ledger instead.
    /// An issue's movements are negative and a return's positive: the place holds the opposite of their sum.
    private async Task<List<(int PlaceId, int ItemId, int Quantity)>> DocumentsAsync(CancellationToken cancellationToken)
    {
        var links = await db.PlaceDocuments.AsNoTracking().Select(l => new { l.PlaceId, l.StockDocumentId })
            .ToListAsync(cancellationToken);
        var moved = new List<(int PlaceId, int ItemId, int Quantity)>();
        foreach (var chunk in links.Chunk(LinksPerQuery))
        {
            var documents = chunk.Select(l => l.StockDocumentId).Distinct().ToList();
            var sums = await db.StockMovements.AsNoTracking().Where(m => documents.Contains(m.DocumentId))
                .GroupBy(m => new { m.DocumentId, m.ItemId })
                .Select(g => new { g.Key.DocumentId, g.Key.ItemId, Quantity = g.Sum(m => m.Quantity) }).ToListAsync(cancellationToken);
            moved.AddRange(from l in chunk
                           join s in sums on l.StockDocumentId equals s.DocumentId
                           select (l.PlaceId, s.ItemId, -s.Quantity));
        }
        return moved;
    }
}
