using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Maintenance;
using Warehouse.Data.Stock;
using Warehouse.Domain.Common;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Maintenance;
using Warehouse.Web.Configuration;
using Warehouse.Web.Features.Api;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Maintenance;

/// Builds the maintenance pages for the caller: keepers see their own depots, everyone else all of them.
public sealed class MaintenancePages(WarehouseDbContext db, UnitDueDates dueDates, CodeLookup codes, CurrentUser user,
    CallerPermissions permissions)
{
    private IReadOnlyCollection<int>? Visible => user.IsDepotBound ? user.Depots : null;

    public async Task<MaintenancePage> IndexAsync(CancellationToken cancellationToken)
    {
        var due = await DueAsync(cancellationToken);
        var readiness = (await dueDates.ByDepotAsync(Visible, cancellationToken)).ToDictionary(r => r.DepotId);
        var depots = await db.Depots.AsNoTracking().Where(d => readiness.Keys.Contains(d.Id)).OrderBy(d => d.Code)
            .Select(d => new { d.Id, d.Code, d.Name }).ToListAsync(cancellationToken);
        var rows = depots.Select(d => new DepotMaintenance(d.Id, d.Code, d.Name, readiness[d.Id],
            due.Where(r => r.DepotId == d.Id).ToList())).ToList();
        return new MaintenancePage(rows, await RepairsAsync(null, cancellationToken), await MayRecordAsync());
    }

    /// Ready units over units at every depot that holds equipment, for the dashboard and the readiness page.
    public async Task<IReadOnlyList<DepotUnitReadiness>> ByDepotAsync(CancellationToken cancellationToken)
    {
        var readiness = await dueDates.ByDepotAsync(null, cancellationToken);
        var names = await db.Depots.AsNoTracking().ToDictionaryAsync(d => d.Id, d => (d.Code, d.Name), cancellationToken);
        return readiness.Select(r => new DepotUnitReadiness(names[r.DepotId].Code, names[r.DepotId].Name, r))
            .OrderBy(r => r.Readiness.Rate).ThenBy(r => r.DepotCode).ToList();
    }

    /// The units that need attention, overdue first, then by due day: the page's list and the API's answer.
    public Task<IReadOnlyList<UnitDue>> DueAsync(CancellationToken cancellationToken) => DueInAsync(Visible, cancellationToken);

    /// The due list of one depot named by its code, or of every depot the caller sees when none is named; refused when
    /// there is no such depot or it is not one of a keeper's.
    public async Task<Outcome<IReadOnlyList<UnitDue>>> DueAtAsync(string? depotCode, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(depotCode))
            return new Outcome<IReadOnlyList<UnitDue>>(await DueAsync(cancellationToken), null);
        var code = depotCode.Trim();
        var depot = await db.Depots.AsNoTracking().Where(d => d.Code == code).Select(d => (int?)d.Id).SingleOrDefaultAsync(cancellationToken);
        if (depot is not { } id)
            return Errors.UnknownDepot(code);
        if (Visible is { } mine && !mine.Contains(id))
            return Errors.DepotNotYours(code);
        return new Outcome<IReadOnlyList<UnitDue>>(await DueInAsync([id], cancellationToken), null);
    }

    private async Task<IReadOnlyList<UnitDue>> DueInAsync(IReadOnlyCollection<int>? depots, CancellationToken cancellationToken) =>
        (await dueDates.ListAsync(depots, cancellationToken)).Where(r => r.Readiness != UnitReadiness.Ready)
            .OrderBy(r => r.Readiness == UnitReadiness.Overdue ? 0 : 1).ThenBy(r => r.NextDue).ThenBy(r => r.AssetNumber).ToList();

    /// The check form of the unit a scanned code names; the refusal when the code names none the caller may check.
    public async Task<Outcome<CheckPage>> CheckAsync(string? code, CheckForm? form, CancellationToken cancellationToken)
    {
        var info = await codes.IdentifyAsync(code ?? "", cancellationToken);
        if (info.Unit is not { } unit)
            return Errors.CodeIsNotAUnit(code ?? "");
        var plans = await dueDates.ListAsync(Visible, cancellationToken, unit.Id);
        if (plans.Count == 0)
            return unit.DepotCode is null || !user.IsDepotBound ? Errors.UnitHasNoPlan(unit.AssetNumber)
                : Errors.DepotNotYours(unit.DepotCode);
        form ??= new CheckForm { PlanId = plans.OrderBy(p => p.NextDue).First().PlanId };
        form.Code = info.Code;
        form.UnitId = unit.Id;
        return new CheckPage(info.Code, unit.AssetNumber, unit.SerialNumber, info.Item?.Name ?? "", unit.DepotCode ?? "", plans, form,
            null);
    }

    public async Task<RepairPage?> RepairAsync(int id, RepairForm? form, CancellationToken cancellationToken) =>
        (await RepairsAsync(id, cancellationToken)).FirstOrDefault() is { } job
            ? new RepairPage(job, form ?? new RepairForm(), null) : null;

    private async Task<IReadOnlyList<OpenRepair>> RepairsAsync(int? id, CancellationToken cancellationToken)
    {
        var visible = Visible;
        return await (
            from r in db.RepairJobs.AsNoTracking()
            where r.OpenUnitId != null && (id == null || r.Id == id) && (visible == null || visible.Contains(r.DepotId))
            join u in db.EquipmentUnits on r.EquipmentUnitId equals u.Id
            join d in db.Depots on r.DepotId equals d.Id
            orderby r.OpenedAt
            select new OpenRepair(r.Id, u.AssetNumber, u.Item!.Name, d.Code, r.Cause, r.Fault, r.OpenedAt, r.OpenedBy))
            .ToListAsync(cancellationToken);
    }

    private async Task<bool> MayRecordAsync() => !user.IsInRole(Roles.Auditor) && await permissions.MayAsync(Policies.MaintainEquipment);
}
