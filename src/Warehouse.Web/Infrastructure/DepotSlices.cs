namespace Warehouse.Web.Infrastructure;

/// One depot's share of a page: how many of its rows, in the list's order, to skip and to take.
public sealed record DepotSlice(int DepotId, int Skip, int Take);

/// Cuts one page out of a list ordered by depot code first, from how many rows each depot has: the page then reads
/// and sorts the one or two depots it spans instead of the whole county's rows.
public static class DepotSlices
{
    public static IReadOnlyList<DepotSlice> Of(IEnumerable<int> depotsInOrder, IReadOnlyDictionary<int, int> counts, int skip, int take)
    {
        var slices = new List<DepotSlice>();
        foreach (var depot in depotsInOrder)
        {
            if (take <= 0)
                break;
            var count = counts.GetValueOrDefault(depot);
            if (skip >= count)
            {
                skip -= count;
                continue;
            }
            var taken = Math.Min(take, count - skip);
            slices.Add(new DepotSlice(depot, skip, taken));
            (skip, take) = (0, take - taken);
        }
        return slices;
    }
}
