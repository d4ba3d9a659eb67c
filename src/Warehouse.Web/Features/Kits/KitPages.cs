using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Domain.Constants;
using Warehouse.Domain.Kits;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Kits;

/// Builds the kit pages for the caller: keepers see their own depots' kits, everyone else all of them.
public sealed class KitPages(WarehouseDbContext db, CurrentUser user, CallerPermissions permissions)
{
    public const int MaxRows = 500;

    public async Task<KitsPage> IndexAsync(CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(null, cancellationToken);
        return new KitsPage(rows, await MayAsync(Policies.PackKits), await MayAsync(Policies.DefineKits));
    }

    public async Task<KitPage?> DetailsAsync(int id, CancellationToken cancellationToken)
    {
        if ((await RowsAsync(id, cancellationToken)).FirstOrDefault() is not { } row)
            return null;
        var components = await (
            from c in db.KitComponents.AsNoTracking()
            where c.KitId == id
            join i in db.Items on c.ItemId equals i.Id
            join b in db.Batches on c.BatchId equals b.Id into batches
            from b in batches.DefaultIfEmpty()
            join u in db.EquipmentUnits on c.EquipmentUnitId equals u.Id into units
            from u in units.DefaultIfEmpty()
            orderby i.Code
            select new KitComponentRow(i.Name, b == null ? null : b.Number, u == null ? null : u.AssetNumber, c.Quantity, c.Expiry))
            .ToListAsync(cancellationToken);
        var bill = await db.Kits.Where(k => k.Id == id).SelectMany(k => k.Definition!.Lines)
            .Select(l => new { l.Item!.Name, l.Quantity }).ToListAsync(cancellationToken);
        var depot = await db.Kits.Where(k => k.Id == id).Select(k => k.DepotId).SingleAsync(cancellationToken);
        var keeps = row.State == KitState.Packed && await MayAsync(Policies.PackKits) && user.ToWorkflowActor().KeepsDepot(depot);
        return new KitPage(row, components, bill.Select(b => (b.Name, b.Quantity)).ToList(), keeps, keeps, keeps);
    }

    public async Task<PackPage> PackAsync(CancellationToken cancellationToken)
    {
        var definitions = await db.KitDefinitions.AsNoTracking().Where(d => d.Lines.Any()).OrderBy(d => d.Code)
            .Select(d => new { d.Id, d.Code, d.Name }).ToListAsync(cancellationToken);
        var actor = user.ToWorkflowActor();
        var depots = (await db.Depots.AsNoTracking().OrderBy(d => d.Code).Select(d => new { d.Id, d.Code, d.Name })
            .ToListAsync(cancellationToken)).Where(d => actor.KeepsDepot(d.Id)).ToList();
        return new PackPage(definitions.Select(d => (d.Id, $"{d.Name} ({d.Code})")).ToList(),
            depots.Select(d => (d.Id, $"{d.Name} ({d.Code})")).ToList());
    }

    public async Task<KitDefinitionsPage> DefinitionsAsync(CancellationToken cancellationToken)
    {
        var definitions = await db.KitDefinitions.AsNoTracking().OrderBy(d => d.Code)
            .Select(d => new { d.Id, d.Code, d.Name, Lines = d.Lines.Select(l => new { l.ItemId, l.Item!.Name, l.Item.Code, l.Quantity }) })
            .ToListAsync(cancellationToken);
        var rows = definitions.Select(d => new KitDefinitionRow(d.Id, d.Code, d.Name,
            d.Lines.OrderBy(l => l.Code).Select(l => (l.ItemId, $"{l.Name} ({l.Code})", l.Quantity)).ToList())).ToList();
        return new KitDefinitionsPage(rows, await MayAsync(Policies.DefineKits));
    }

    private async Task<IReadOnlyList<KitRow>> RowsAsync(int? id, CancellationToken cancellationToken)
    {
        var visible = user.IsDepotBound ? user.Depots.ToList() : null;
        var kits = await db.Kits.AsNoTracking().Include(k => k.Components).Include(k => k.Definition).ThenInclude(d => d!.Lines)
            .Where(k => (id == null || k.Id == id) && (visible == null || visible.Contains(k.DepotId))
                && (id != null || k.State != KitState.Unpacked))
            .OrderBy(k => k.DepotId).ThenBy(k => k.Number).Take(MaxRows).AsSplitQuery().ToListAsync(cancellationToken);
        var itemIds = kits.SelectMany(k => k.Definition!.Lines.Select(l => l.ItemId)).Distinct().ToList();
        var names = await db.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name,
            cancellationToken);
        var depots = await db.Depots.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Code, cancellationToken);
        return kits.Select(k => new KitRow(k.Id, k.Code, k.Definition!.Name, depots[k.DepotId], k.State, k.Expiry,
            k.Lacking(k.Definition).Select(g => new KitGap(names[g.ItemId], g.Missing)).ToList(), k.PackedBy, k.PackedAt)).ToList();
    }

    private async Task<bool> MayAsync(string policy) => !user.IsInRole(Roles.Auditor) && await permissions.MayAsync(policy);
}
