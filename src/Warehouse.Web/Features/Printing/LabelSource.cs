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
    Kit,
}

/// A label and the depot its record is in (a bin's or unit's depot, the depot holding a batch), which picks the label
/// printer; null for an item, which belongs to no depot.
public sealed record LabelRow(int Id, LabelContent Label, int? DepotId = null);

/// A "print label" button for one record (Shared/_PrintLabel), shown to those who may print labels.
public sealed record LabelButton(LabelKind Kind, int Id, bool Compact = false);

/// The records labels are made for, each with the own code its barcode carries (WI-, WL-, WB-, WE-, WK-), or GS1 data for
/// batches and units of an item with a GTIN (<see cref="Gs1LabelCodes"/>).
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
                        .Select(l => new { l.Id, l.Code, l.Name, l.DepotId, Depot = l.Depot!.Name }).ToListAsync(cancellationToken))
                    .Select(l => new LabelRow(l.Id, new(OwnCodes.Format(OwnCodeKind.Location, l.Code), l.Code,
                        $"{l.Depot} {l.Name}".Trim()), l.DepotId))
                    .ToList();
            case LabelKind.Batch:
                return (await db.Batches.AsNoTracking()
                        .Where(b => (all || pick.Contains(b.Id)) && (text == "" || b.Number.Contains(text) || b.Lot.Contains(text)
                            || b.Item!.Name.Contains(text)))
                        .OrderByDescending(b => b.Id).Take(MaxRows)
                        .Select(b => new
                        {
                            b.Id, b.Number, b.Lot, b.Expiry, Item = b.Item!.Name, b.Item.Gtin,
                            DepotId = db.StockBalances.Where(s => s.BatchId == b.Id && s.OnHand > 0
                                    && (depots == null || depots.Contains(s.DepotId)))
                                .OrderBy(s => s.DepotId).Select(s => (int?)s.DepotId).FirstOrDefault(),
                        }).ToListAsync(cancellationToken))
                    .Select(b => new LabelRow(b.Id, Gs1LabelCodes.Batch(b.Gtin, b.Expiry, b.Lot) is { } gs1
                        ? new(gs1, b.Item, $"{b.Lot} · {b.Expiry:yyyy-MM-dd} · WB-{b.Number}", LabelSymbology.DataMatrix, Gs1: true)
                        : new(OwnCodes.Format(OwnCodeKind.Batch, b.Number), b.Item, $"{b.Lot} · {b.Expiry:yyyy-MM-dd}",
                            LabelSymbology.DataMatrix), b.DepotId))
                    .ToList();
            case LabelKind.Kit:
                return await KitsAsync(text, all, pick, depots, cancellationToken);
            default:
                return (await db.EquipmentUnits.AsNoTracking()
                        .Where(u => (all || pick.Contains(u.Id)) && (depots == null || u.DepotId == null
                            || depots.Contains(u.DepotId.Value))
                            && (text == "" || u.AssetNumber.Contains(text) || u.SerialNumber.Contains(text) || u.Item!.Name.Contains(text)))
                        .OrderBy(u => u.AssetNumber).Take(MaxRows)
                        .Select(u => new { u.Id, u.AssetNumber, u.SerialNumber, u.DepotId, Item = u.Item!.Name, u.Item.Gtin })
                        .ToListAsync(cancellationToken))
                    .Select(u => new LabelRow(u.Id, Gs1LabelCodes.Unit(u.Gtin, u.SerialNumber) is { } gs1
                        ? new(gs1, u.Item, $"SN {u.SerialNumber} · WE-{u.AssetNumber}", LabelSymbology.DataMatrix, Gs1: true)
                        : new(OwnCodes.Format(OwnCodeKind.EquipmentUnit, u.AssetNumber), u.Item, $"SN {u.SerialNumber}",
                            LabelSymbology.QrCode), u.DepotId))
                    .ToList();
        }
    }

    private async Task<IReadOnlyList<LabelRow>> KitsAsync(string text, bool all, IReadOnlyCollection<int> pick, IReadOnlyList<int>? depots,
        CancellationToken cancellationToken) =>
        (await db.Kits.AsNoTracking()
                .Where(k => (all || pick.Contains(k.Id)) && (depots == null || depots.Contains(k.DepotId))
                    && k.State != Domain.Kits.KitState.Unpacked
                    && (text == "" || k.Number.Contains(text) || k.Definition!.Name.Contains(text)))
                .OrderByDescending(k => k.Id).Take(MaxRows)
                .Select(k => new { k.Id, k.Number, k.DepotId, Name = k.Definition!.Name, Expiry = k.Components.Min(c => c.Expiry) })
                .ToListAsync(cancellationToken))
            .Select(k => new LabelRow(k.Id, new(OwnCodes.Format(OwnCodeKind.Kit, k.Number), k.Name,
                k.Expiry is { } expiry ? $"{k.Number} · {expiry:yyyy-MM-dd}" : k.Number, WithQr: true), k.DepotId))
            .ToList();
}
