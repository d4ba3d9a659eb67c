using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Counting;
using Warehouse.Domain.Counting;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Counts;

/// Reads counts for the pages, the API and the variance slip. A count stays blind (no expected figures) until it is in
/// review; a keeper sees only the counts of their own depots.
public sealed class CountQueries(WarehouseDbContext db, CurrentUser user)
{
    public async Task<CountsIndexPage> IndexAsync(CancellationToken cancellationToken)
    {
        var depots = await db.Depots.AsNoTracking().OrderBy(d => d.Code).Select(d => new DepotOption(d.Id, d.Code, d.Name))
            .ToListAsync(cancellationToken);
        var visible = depots.Where(d => user.CanSee(d.Id)).Select(d => d.Id).ToList();
        var counts = await Graph().Where(c => visible.Contains(c.DepotId)).OrderByDescending(c => c.Id).Take(100)
            .ToListAsync(cancellationToken);
        var codes = depots.ToDictionary(d => d.Id, d => d.Code);
        var accuracy = counts.Where(c => c.State == CountState.Approved).GroupBy(c => c.DepotId)
            .Select(g => Accuracy(codes[g.Key], g.ToList())).OrderBy(a => a.Depot).ToList();
        var actor = user.ToWorkflowActor();
        var plannable = depots.Where(d => actor.IsManager || actor.KeepsDepot(d.Id)).ToList();
        return new CountsIndexPage(accuracy, counts.Select(c => Summary(c, codes[c.DepotId])).ToList(), plannable, plannable.Count > 0);
    }

    /// The count as the viewer may see it; null when there is none or it is another depot's.
    public async Task<CountPage?> PageAsync(int id, CancellationToken cancellationToken)
    {
        var count = await Graph().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (count is null || !user.CanSee(count.DepotId))
            return null;
        var depot = await db.Depots.Where(d => d.Id == count.DepotId).Select(d => d.Code).SingleAsync(cancellationToken);
        var actor = user.ToWorkflowActor();
        var shows = ShowsExpected(count.State);
        var locations = count.Locations.OrderBy(l => l.LocationCode)
            .Select(l => new CountLocationView(l.LocationId, l.LocationCode, l.CountedBy, l.RecountedBy, l.AwaitsRecount)).ToList();
        return new CountPage(Summary(count, depot), locations, await LinesAsync(count, shows, cancellationToken), shows,
            new CountWorkflow(count, actor).Permitted,
            actor.KeepsDepot(count.DepotId) && count.State is CountState.Planned or CountState.Counting or CountState.Recounting,
            count.Counters);
    }

    public async Task<CountSheetPage?> SheetAsync(int id, CancellationToken cancellationToken)
    {
        var page = await PageAsync(id, cancellationToken);
        return page is null ? null : new CountSheetPage(page.Count, page.Locations
            .Select(l => (l.Code, Hardware.Barcodes.BarcodeRenderer.Code128Svg("WL-" + l.Code,
                options: new Hardware.Barcodes.BarcodeImageOptions { ModuleSize = 2, BarHeight = 40 }))).ToList());
    }

    /// Review lines with expected figures, or (still blind) what the standing round of each bin has found so far.
    public async Task<IReadOnlyList<CountLineView>> LinesAsync(StockCount count, bool showExpected, CancellationToken cancellationToken)
    {
        var raw = showExpected
            ? count.Lines.Select(l => (l.LocationId, l.Goods, l.Counted, (int?)l.Expected, l.Recounted)).ToList()
            : count.Locations.SelectMany(loc => CountExpectations.Counted(count, loc)
                .Select(c => (loc.LocationId, c.Key, c.Value, (int?)null, loc.Round == 2))).ToList();
        var names = await CountNames.LoadAsync(db, raw.Select(r => r.Item2), cancellationToken);
        var codes = count.Locations.ToDictionary(l => l.LocationId, l => l.LocationCode);
        var prices = count.Lines.GroupBy(l => l.ItemId).ToDictionary(g => g.Key, g => g.First().UnitPrice);
        return raw.Select(r =>
            {
                var (itemCode, itemName, unit, batch, serial) = names.Of(r.Item2);
                var variance = r.Item4 is { } expected ? r.Item3 - expected : (int?)null;
                return new CountLineView(codes.GetValueOrDefault(r.LocationId, "?"), itemCode, itemName, unit, batch, serial, r.Item3, r.Item4,
                    variance, variance * prices.GetValueOrDefault(r.Item2.ItemId), r.Item5);
            })
            .OrderBy(l => l.Location).ThenBy(l => l.ItemCode).ToList();
    }

    public static bool ShowsExpected(CountState state) => state is CountState.Review or CountState.Approved;

    private IQueryable<StockCount> Graph() =>
        db.StockCounts.AsNoTracking().Include(c => c.Locations).Include(c => c.Entries).Include(c => c.Lines).AsSplitQuery();

    private static CountSummary Summary(StockCount c, string depot)
    {
        var (lines, value) = c.State == CountState.Approved ? CountReview.Accuracy(c.Lines) : ((decimal?)null, (decimal?)null);
        var scope = c.Scope switch
        {
            CountScope.LocationRange => $"{c.FromBin}…{c.ToBin}",
            CountScope.SupplyClass => c.Class?.ToString() ?? "",
            CountScope.Cycle => $"{c.CycleSize}",
            _ => depot,
        };
        return new CountSummary(c.Id, c.Number, depot, c.Scope, scope, c.State, c.PlannedBy, c.PlannedAt, c.DecidedBy, c.Locations.Count,
            c.Locations.Count(l => l.IsCounted), lines, value);
    }

    private static DepotAccuracy Accuracy(string depot, List<StockCount> counts)
    {
        var lines = counts.SelectMany(c => c.Lines).ToList();
        var (line, value) = CountReview.Accuracy(lines);
        return new DepotAccuracy(depot, counts.Count, lines.Count, line, value);
    }
}
