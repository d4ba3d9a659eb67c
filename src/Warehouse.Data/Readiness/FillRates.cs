using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Readiness;

namespace Warehouse.Data.Readiness;

/// Works out the fill rates: each standard's lines against each place, what is required against what the place holds.
public sealed class FillRates(WarehouseDbContext db, PlaceHoldings holdings)
{
    public async Task<ReadinessReport> BuildAsync(CancellationToken cancellationToken)
    {
        var places = await db.Places.AsNoTracking().Include(p => p.Township).OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var standards = await db.EquipmentStandards.AsNoTracking().Include(s => s.Lines).ThenInclude(l => l.Item)
            .OrderBy(s => s.Code).ToListAsync(cancellationToken);
        var held = await holdings.ReadAsync(cancellationToken);
        return new ReadinessReport(standards.Select(s => Of(s, places, held)).ToList());
    }

    /// What one place lacks by any standard, per item: the largest gap any standard leaves (one item held serves all).
    public async Task<IReadOnlyList<ItemReadiness>> GapsAsync(int placeId, CancellationToken cancellationToken)
    {
        var report = await BuildAsync(cancellationToken);
        return report.Standards.SelectMany(s => s.Townships.Concat(s.Villages)).Where(p => p.PlaceId == placeId)
            .SelectMany(p => p.Missing).GroupBy(i => i.ItemId).Select(g => g.MaxBy(i => i.Rate.Missing)!)
            .OrderBy(i => i.ItemCode).ToList();
    }

    private static StandardReadiness Of(EquipmentStandard standard, IReadOnlyList<Place> places,
        Dictionary<(int PlaceId, int ItemId), int> held)
    {
        var rows = places.Select(p => Of(standard, p, held)).Where(r => r.Total.Required > 0).ToList();
        List<PlaceReadiness> Worst(PlaceKind kind) =>
            rows.Where(r => r.Kind == kind).OrderBy(r => r.Total.Rate).ThenByDescending(r => r.Total.Missing).ThenBy(r => r.Code).ToList();
        return new StandardReadiness(standard.Id, standard.Code, standard.Name, FillRate.Sum(rows.Select(r => r.Total)),
            Worst(PlaceKind.Township), Worst(PlaceKind.Village));
    }

    private static PlaceReadiness Of(EquipmentStandard standard, Place place, Dictionary<(int PlaceId, int ItemId), int> held)
    {
        var items = standard.Lines.GroupBy(l => l.ItemId).Select(g =>
            {
                var item = g.First().Item!;
                var rate = new FillRate(g.Sum(l => l.RequiredAt(place)), held.GetValueOrDefault((place.Id, g.Key)));
                return new ItemReadiness(item.Id, item.Code, item.Name, item.Unit, rate);
            })
            .Where(i => i.Rate.Required > 0).OrderByDescending(i => i.Rate.Missing).ThenBy(i => i.ItemCode).ToList();
        return new PlaceReadiness(place.Id, place.Code, place.Name, place.Kind, place.Township?.Name,
            FillRate.Sum(items.Select(i => i.Rate)), items);
    }
}
