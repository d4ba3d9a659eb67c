using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Catalog;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Catalog;

public sealed partial class CatalogQueries
{
    /// One page of the quotas by depot code and item code, of one depot (by its code) or of all, found by item code
    /// prefix or name. The page is cut from per-depot counts, so only the one or two depots it spans are sorted: a
    /// county's hundred thousand quotas are never joined and ordered as a whole.
    public async Task<QuotaListPage> QuotasAsync(QuotaFilter filter, CancellationToken cancellationToken)
    {
        var depots = await DepotsAsync(cancellationToken);
        var code = filter.Depot?.Trim().ToUpperInvariant();
        var shown = depots.Where(d => string.IsNullOrEmpty(code) || d.Code == code).ToList();
        var quotas = QuotasMatching(filter.Item);
        var counts = await quotas.GroupBy(q => q.DepotId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var total = shown.Sum(d => counts.GetValueOrDefault(d.Id));
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pages);
        var rows = new List<QuotaRow>();
        foreach (var slice in DepotSlices.Of(shown.Select(d => d.Id), counts, (page - 1) * PageSize, PageSize))
        {
            var name = shown.Single(d => d.Id == slice.DepotId).Name;
            rows.AddRange(await quotas.Where(q => q.DepotId == slice.DepotId).OrderBy(q => q.Item!.Code).Skip(slice.Skip).Take(slice.Take)
                .Select(q => new QuotaRow(q.Id, name, q.Item!.Code, q.Item.Name, q.Item.Unit, q.Minimum, q.Target, q.ReserveFloor)
                    { ItemId = q.ItemId })
                .ToListAsync(cancellationToken));
        }
        // One grouped query for the page's items: a handful of agreement lines beside the page's quotas.
        var reserves = await agreements.RemainingByItemAsync(rows.Select(r => r.ItemId).Distinct().ToList(), cancellationToken);
        rows = rows.Select(r => r with { AgreementStock = reserves.GetValueOrDefault(r.ItemId) }).ToList();
        return new QuotaListPage(rows, total, page, pages, depots, filter.Depot, filter.Item, await CanEditAsync());
    }

    private IQueryable<Quota> QuotasMatching(string? item)
    {
        var quotas = db.Quotas.AsNoTracking();
        var text = item?.Trim();
        if (string.IsNullOrEmpty(text))
            return quotas;
        var upper = text.ToUpperInvariant();
        return quotas.Where(q => q.Item!.Code == upper || q.Item.Code.StartsWith(upper) || q.Item.Name.Contains(text));
    }
}
