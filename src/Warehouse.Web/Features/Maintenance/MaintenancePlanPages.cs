using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Maintenance;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Maintenance;

/// A plan as listed: what it covers (an item or a class), its kind, interval, whether a check records hours, and its history.
public sealed record PlanRow(int Id, string? ItemCode, string? ItemName, SupplyClass? Class, MaintenanceKind Kind, int IntervalDays,
    bool RecordsHours, int Checks);

public sealed record PlansPage(IReadOnlyList<PlanRow> Plans, bool CanManage, PlanForm Form)
{
    public string? Problem { get; init; }
}

/// What the plan forms post: the scope (an item code, or a class when no code is given), kind, interval and hours.
public sealed class PlanForm
{
    [MaxLength(40)]
    public string? ItemCode { get; set; }

    public SupplyClass? Class { get; set; }

    public MaintenanceKind Kind { get; set; }

    [Range(1, MaintenancePlan.MaxIntervalDays)]
    public int IntervalDays { get; set; } = 30;

    public bool RecordsHours { get; set; }
}

/// The maintenance plans page for the caller; managers and administrators may change them.
public sealed class MaintenancePlanPages(WarehouseDbContext db, CallerPermissions permissions)
{
    public async Task<PlansPage> IndexAsync(PlanForm? form, CancellationToken cancellationToken)
    {
        var plans = await (from p in db.MaintenancePlans.AsNoTracking()
                join i in db.Items on p.ItemId equals i.Id into items
                from i in items.DefaultIfEmpty()
                orderby p.ItemId == null ? 1 : 0, i.Code, p.Class, p.Kind
                select new PlanRow(p.Id, i.Code, i.Name, p.Class, p.Kind, p.IntervalDays, p.RecordsHours,
                    db.MaintenanceChecks.Count(c => c.PlanId == p.Id)))
            .ToListAsync(cancellationToken);
        return new PlansPage(plans, await permissions.MayAsync(Policies.ManageMaintenancePlans), form ?? new PlanForm());
    }
}
