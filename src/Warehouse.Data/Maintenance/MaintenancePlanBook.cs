using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Maintenance;

namespace Warehouse.Data.Maintenance;

/// A plan as the form sends it: for one item (by its code) or for a whole supply class, its kind, interval and hours.
public sealed record PlanInput(string? ItemCode, SupplyClass? Class, MaintenanceKind Kind, int IntervalDays, bool RecordsHours);

/// Managers keep the maintenance plans: add one per item or class and kind, change its interval, or drop one no check was
/// recorded against (a plan with history is kept, so its checks still say what they were for).
public sealed class MaintenancePlanBook(WarehouseDbContext db, AuditTrail audit)
{
    public async Task<Outcome<int>> AddAsync(PlanInput input, WorkflowActor actor)
    {
        try
        {
            var itemId = await ItemIdAsync(input.ItemCode);
            var plan = new MaintenancePlan(itemId, itemId is null ? input.Class : null, input.Kind, input.IntervalDays, input.RecordsHours);
            if (await db.MaintenancePlans.AnyAsync(p => p.ItemId == plan.ItemId && p.Class == plan.Class && p.Kind == plan.Kind))
                return Errors.PlanExists();
            db.MaintenancePlans.Add(plan);
            audit.Record(AuditActor.Of(actor), AuditActions.MaintenancePlanSaved, Describe(input), $"{plan.Kind} {plan.IntervalDays}");
            await db.SaveChangesAsync();
            return plan.Id;
        }
        catch (DomainException refused)
        {
            db.ChangeTracker.Clear();
            return refused.Error;
        }
    }

    public async Task<Outcome<int>> RescheduleAsync(int id, int intervalDays, bool recordsHours, WorkflowActor actor)
    {
        var plan = await db.MaintenancePlans.SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
            return Errors.UnknownPlan(id);
        try
        {
            plan.Reschedule(intervalDays, recordsHours);
        }
        catch (DomainException refused)
        {
            db.ChangeTracker.Clear();
            return refused.Error;
        }
        audit.Record(AuditActor.Of(actor), AuditActions.MaintenancePlanSaved, $"#{plan.Id}", $"{plan.Kind} {plan.IntervalDays}");
        await db.SaveChangesAsync();
        return plan.Id;
    }

    public async Task<Outcome<int>> RemoveAsync(int id, WorkflowActor actor)
    {
        var plan = await db.MaintenancePlans.SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
            return Errors.UnknownPlan(id);
        if (await db.MaintenanceChecks.AnyAsync(c => c.PlanId == id))
            return Errors.PlanHasChecks(id);
        db.MaintenancePlans.Remove(plan);
        audit.Record(AuditActor.Of(actor), AuditActions.MaintenancePlanRemoved, $"#{plan.Id}", plan.Kind.ToString());
        await db.SaveChangesAsync();
        return id;
    }

    private async Task<int?> ItemIdAsync(string? itemCode)
    {
        if (string.IsNullOrWhiteSpace(itemCode))
            return null;
        var code = itemCode.Trim().ToUpperInvariant();
        var item = await db.Items.AsNoTracking().Where(i => i.Code == code).Select(i => new { i.Id, i.Tracking }).SingleOrDefaultAsync()
            ?? throw new DomainException(Errors.UnknownCode(code));
        return item.Tracking == TrackingMode.Serial ? item.Id : throw new DomainException(Errors.PlanItemNotSerial(code));
    }

    private static string Describe(PlanInput input) => input.ItemCode?.Trim().ToUpperInvariant() ?? input.Class?.ToString() ?? "";
}
