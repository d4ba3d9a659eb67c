using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Hardware.Scanning;

namespace Warehouse.Web.Features.Printing;

public enum LabelKind
{
    Item,
    Location,
    Batch,
    Unit,
}

public sealed record LabelRow(int Id, LabelContent Label);

/// A "print label" button for one record (Shared/_PrintLabel), shown to those who may print labels.
public sealed record LabelButton(LabelKind Kind, int Id, bool Compact = false);

/// The records labels are made for, each with the own code its barcode carries (WI-, WL-, WB-, WE-).
public sealed class LabelSource(WarehouseDbContext db)
{
    public const int MaxRows = 300;

    public async Task<IReadOnlyList<LabelRow>> FindAsync(LabelKind kind, string? search, IReadOnlyCollection<int>? ids,
        IReadOnlyList<int>? depots, CancellationToken cancellationToken)
    {
        var text = search?.Trim() ?? "";
        var all = ids is null || ids.Count == 0;
        var pick = ids ?? [];
        switch (kind)
        {
            case LabelKind.Item:
                return (await db.Items.AsNoTracking()
                        .Where(i => (all || pick.Contains(i.Id)) && (text == "" || i.Code.Contains(text) || i.Name.Contains(text)))
                        .OrderBy(i => i.Code).Take(MaxRows)
                        .Select(i => new { i.Id, i.Code, i.Name, i.Specification }).ToListAsync(cancellationToken))
                    .Select(i => new LabelRow(i.Id, new(OwnCodes.Format(OwnCodeKind.Item, i.Code), i.Name,
                        $"{i.Code} {i.Specification}".Trim())))
                    .ToList();
            case LabelKind.Location:
                return (await db.Locations.AsNoTracking()
                        .Where(l => (all || pick.Contains(l.Id)) && (depots == null || depots.Contains(l.DepotId))
                            && (text == "" || l.Code.Contains(text) || (l.Name != null && l.Name.Contains(text))))
                        .OrderBy(l => l.Code).Take(MaxRows)
                        .Select(l => new { l.Id, l.Code, l.Name, Depot = l.Depot!.Name }).ToListAsync(cancellationToken))
                    .Select(l => new LabelRow(l.Id, new(OwnCodes.Format(OwnCodeKind.Location, l.Code), l.Code,
                        $"{l.Depot} {l.Name}".Trim())))
                    .ToList();
            case LabelKind.Batch:
                return (await db.Batches.AsNoTracking()
                        .Where(b => (all || pick.Contains(b.Id)) && (text == "" || b.Number.Contains(text) || b.Lot.Contains(text)
                            || b.Item!.Name.Contains(text)))
                        .OrderByDescending(b => b.Id).Take(MaxRows)
                        .Select(b => new { b.Id, b.Number, b.Lot, b.Expiry, Item = b.Item!.Name }).ToListAsync(cancellationToken))
                    .Select(b => new LabelRow(b.Id, new(OwnCodes.Format(OwnCodeKind.Batch, b.Number), b.Item,
                        $"{b.Lot} · {b.Expiry:yyyy-MM-dd}", LabelSymbology.DataMatrix)))
                    .ToList();
            default:
                return (await db.EquipmentUnits.AsNoTracking()
                        .Where(u => (all || pick.Contains(u.Id)) && (depots == null || u.DepotId == null
                            || depots.Contains(u.DepotId.Value))
                            && (text == "" || u.AssetNumber.Contains(text) || u.SerialNumber.Contains(text) || u.Item!.Name.Contains(text)))
                        .OrderBy(u => u.AssetNumber).Take(MaxRows)
                        .Select(u => new { u.Id, u.AssetNumber, u.SerialNumber, Item = u.Item!.Name }).ToListAsync(cancellationToken))
                    .Select(u => new LabelRow(u.Id, new(OwnCodes.Format(OwnCodeKind.EquipmentUnit, u.AssetNumber), u.Item,
                        $"SN {u.SerialNumber}", LabelSymbology.QrCode)))
                    .ToList();
        }
    }
}
