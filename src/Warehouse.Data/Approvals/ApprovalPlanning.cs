using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Approvals;

namespace Warehouse.Data.Approvals;

/// Lays out a request's approval steps at submission from the rules in force: its level, supply classes, value
/// (quantity × unit price), department, and whether only a depot's reserve floor could cover it.
public sealed class ApprovalPlanning(WarehouseDbContext db)
{
    public async Task<ApprovalPlan> PlanAsync(AllocationRequest request, DateTime atUtc)
    {
        var plan = ApprovalAuthority.Choose(await db.ApprovalRules.Where(r => r.Active).ToListAsync(), await FactsAsync(request));
        request.PlanApproval(plan.Rule?.Id, plan.Steps, atUtc);
        return plan;
    }

    public async Task<ApprovalFacts> FactsAsync(AllocationRequest request)
    {
        var itemIds = request.Lines.Select(l => l.ItemId).ToList();
        var items = await db.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Class, i.UnitPrice }).ToDictionaryAsync(i => i.Id);
        var value = request.Lines.Sum(l => l.Requested * items[l.ItemId].UnitPrice);
        return new ApprovalFacts(request.Level, items.Values.Select(i => i.Class).ToHashSet(), value, request.DepartmentId,
            await BreaksFloorAsync(request, itemIds));
    }

    /// A line breaks the floor when the free stock every depot could give without drawing into its reserve floor
    /// does not cover it.
    private async Task<bool> BreaksFloorAsync(AllocationRequest request, List<int> itemIds)
    {
        var quotas = await db.Quotas.AsNoTracking().Where(q => itemIds.Contains(q.ItemId) && q.ReserveFloor > 0).ToListAsync();
        if (quotas.Count == 0)
            return false;
        var free = await db.StockBalances.Where(b => itemIds.Contains(b.ItemId) && b.DepotId != request.DestinationDepotId)
            .GroupBy(b => new { b.ItemId, b.DepotId })
            .Select(g => new { g.Key.ItemId, g.Key.DepotId, Free = g.Sum(b => b.OnHand - b.Reserved) }).ToListAsync();
        return request.Lines.Any(line =>
        {
            var spare = free.Where(f => f.ItemId == line.ItemId).Sum(f =>
                quotas.FirstOrDefault(q => q.ItemId == f.ItemId && q.DepotId == f.DepotId) is { } quota
                    ? Spare(quota, f.Free) : Math.Max(0, f.Free));
            return line.Requested > spare;
        });
    }

    // The most a depot can give and keep its floor: the largest draw that does not break it.
    private static int Spare(Domain.Catalog.Quota quota, int free) =>
        Math.Max(0, quota.BreaksFloor(free) ? 0 : free - quota.ReserveFloor);
}
