using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Approvals;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Constants;

namespace Warehouse.Data.Seeding;

/// The demo's approvals: every step decided by its authority, and one large routine request waiting for the director.
public sealed partial class DemoAllocations
{
    private static readonly WorkflowActor Director = new("director", new HashSet<string> { Roles.Director }, [], null);
    private static readonly WorkflowActor SectionChief = new("sectionchief", new HashSet<string> { Roles.SectionChief }, [], null);

    /// Approves the steps before the last with their authorities, then (unless told to stop) the last one, which
    /// grants every line from the source depot.
    private async Task ApproveAsync(int id, WorkflowActor manager, int source, bool stopBeforeLast = false)
    {
        var steps = await db.ApprovalSteps.AsNoTracking().Where(s => s.RequestId == id).OrderBy(s => s.Number).ToListAsync();
        foreach (var step in steps.SkipLast(1))
        {
            Check(await Step<StepApproval>().ApproveStepAsync(id, await VersionAsync(id), "同意", By(step.Level, manager)));
            _time.Now = _time.Now.AddMinutes(4);
        }
        if (stopBeforeLast)
            return;
        var proposals = await Step<SourceProposals>().ProposeAsync(id);
        Check(await Step<Approval>().ApproveAsync(id, await VersionAsync(id),
            proposals.Select(p => new LineDecision(p.ItemId, p.Requested, [(source, p.Requested)])).ToList(),
            By(steps.LastOrDefault()?.Level ?? ApprovalLevel.SectionChief, manager)));
    }

    private static WorkflowActor By(ApprovalLevel level, WorkflowActor manager) => level switch
    {
        ApprovalLevel.Director or ApprovalLevel.DutyLeader => Director,
        _ => manager,
    };

    /// A large routine request the section chief has approved: it waits for the director.
    private async Task SeedWaitingForDirectorAsync(WorkflowActor dept, int? department, DateTime at, WorkflowActor manager,
        WorkflowActor keeper, int central)
    {
        var large = await (
            from i in db.Items
            where i.Tracking == TrackingMode.None && i.Active && i.UnitPrice > 0
            let free = db.StockBalances.Where(b => b.ItemId == i.Id && b.DepotId == central).Sum(b => (int?)(b.OnHand - b.Reserved)) ?? 0
            where free >= 2
            orderby i.UnitPrice descending
            select new { i.Id, i.UnitPrice, Free = free }).FirstOrDefaultAsync();
        if (large is null)
            return;
        var quantity = (int)Math.Min(large.Free, Math.Ceiling(DemoApprovalRules.LargeValue / large.UnitPrice));
        if (quantity * large.UnitPrice < DemoApprovalRules.LargeValue)
            return;
        var id = await DraftAsync(dept, department, at, "城区排涝泵站应急保障", EmergencyLevel.Routine, "江澜市排涝泵站", 30.27, 120.19,
            [(large.Id, quantity)]);
        await WalkAsync(id, at, [(6, "chief")], dept, SectionChief, keeper, central);
    }
}
