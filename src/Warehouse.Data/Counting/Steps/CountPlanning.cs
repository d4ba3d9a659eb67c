using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Counting;

namespace Warehouse.Data.Counting.Steps;

/// Plans a count: numbers it (PD…) and fixes the bins it covers, so a bin outside them is refused when scanned.
public sealed class CountPlanning(CountStepRunner runner, WarehouseDbContext db, WorkflowNumbers numbers, AuditTrail audit,
    BureauClock clock)
{
    public const int MaxCycleSize = 200;

    public Task<Outcome<StockCount>> PlanAsync(CountPlan plan, WorkflowActor actor) =>
        runner.RunAsync(async () =>
        {
            if (!actor.IsManager && !actor.KeepsDepot(plan.DepotId))
                throw new DomainException(Errors.DepotNotYours($"#{plan.DepotId}"));
            if (!await db.Depots.AnyAsync(d => d.Id == plan.DepotId))
                throw new DomainException(Errors.UnknownDepot($"#{plan.DepotId}"));
            var locations = await ScopeAsync(plan);
            if (locations.Count == 0)
                throw new DomainException(Errors.CountScopeEmpty());
            var count = new StockCount(await numbers.NextAsync("PD"), plan.DepotId, plan.Scope, plan.Counters, actor.UserName, clock.UtcNow);
            count.Cover(locations.Select(l => new CountLocation(l.Id, l.Code)), Bin(plan.FromBin), Bin(plan.ToBin), plan.Class,
                plan.CycleSize);
            db.StockCounts.Add(count);
            audit.Record(AuditActor.Of(actor), AuditActions.CountPlanned, count.Number,
                $"{plan.Scope} {plan.FromBin}..{plan.ToBin} {plan.Class} {plan.CycleSize}: {locations.Count}");
            return count;
        }, count => count);

    private async Task<IReadOnlyList<(int Id, string Code)>> ScopeAsync(CountPlan plan)
    {
        var bins = await db.Locations.AsNoTracking().Where(l => l.DepotId == plan.DepotId && l.Active)
            .OrderBy(l => l.Code).Select(l => new { l.Id, l.Code, l.Bin }).ToListAsync();
        return plan.Scope switch
        {
            CountScope.LocationRange => bins
                .Where(b => string.CompareOrdinal(b.Bin, Bin(plan.FromBin) ?? "") >= 0
                    && string.CompareOrdinal(b.Bin, Bin(plan.ToBin) ?? "\uffff") <= 0)
                .Select(b => (b.Id, b.Code)).ToList(),
            CountScope.Cycle => await CycleAsync(plan, bins.Select(b => (b.Id, b.Code)).ToList()),
            _ => bins.Select(b => (b.Id, b.Code)).ToList(),
        };
    }

    /// The bins that most need counting: the value they hold, weighted by the days since they were last counted.
    private async Task<IReadOnlyList<(int Id, string Code)>> CycleAsync(CountPlan plan, List<(int Id, string Code)> bins)
    {
        if (plan.CycleSize is not (> 0 and <= MaxCycleSize))
            throw new DomainException(Errors.CycleSizeInvalid(plan.CycleSize ?? 0));
        // Summed here rather than in SQL: SQLite keeps decimals as text and cannot multiply them.
        var held = await db.StockBalances.AsNoTracking().Where(b => b.DepotId == plan.DepotId && b.LocationId != null && b.OnHand > 0)
            .Join(db.Items, b => b.ItemId, i => i.Id, (b, i) => new { Id = b.LocationId!.Value, b.OnHand, i.UnitPrice }).ToListAsync();
        var values = held.GroupBy(h => h.Id).ToDictionary(g => g.Key, g => g.Sum(h => h.OnHand * h.UnitPrice));
        var counted = await db.StockCounts.AsNoTracking().Where(c => c.DepotId == plan.DepotId && c.State == CountState.Approved)
            .SelectMany(c => c.Locations).Where(l => l.CountedAt != null).Select(l => new { l.LocationId, l.CountedAt }).ToListAsync();
        var lastCounted = counted.GroupBy(l => l.LocationId).ToDictionary(g => g.Key, g => g.Max(l => l.CountedAt!.Value));
        var now = clock.UtcNow;
        decimal Days(int id) => lastCounted.TryGetValue(id, out var last) ? Math.Max(1, (decimal)(now - last).TotalDays) : 365m;
        return bins.OrderByDescending(b => (values.GetValueOrDefault(b.Id) + 1) * Days(b.Id)).ThenBy(b => b.Code)
            .Take(plan.CycleSize.Value).OrderBy(b => b.Code).ToList();
    }

    private static string? Bin(string? bin) => string.IsNullOrWhiteSpace(bin) ? null : bin.Trim().ToUpperInvariant();
}
