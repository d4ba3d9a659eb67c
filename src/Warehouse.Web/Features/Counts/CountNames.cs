using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Domain.Counting;

namespace Warehouse.Web.Features.Counts;

/// The names a count's lines show: item code, name and unit, batch number, unit serial, read once for all lines.
public sealed class CountNames
{
    private readonly Dictionary<int, (string Code, string Name, string Unit)> _items;
    private readonly Dictionary<int, string> _batches;
    private readonly Dictionary<int, string> _units;

    private CountNames(Dictionary<int, (string, string, string)> items, Dictionary<int, string> batches, Dictionary<int, string> units) =>
        (_items, _batches, _units) = (items, batches, units);

    public static async Task<CountNames> LoadAsync(WarehouseDbContext db, IEnumerable<CountedGoods> goods, CancellationToken cancellationToken)
    {
        var list = goods.ToList();
        var itemIds = list.Select(g => g.ItemId).Distinct().ToList();
        var batchIds = list.Where(g => g.BatchId != null).Select(g => g.BatchId!.Value).Distinct().ToList();
        var unitIds = list.Where(g => g.EquipmentUnitId != null).Select(g => g.EquipmentUnitId!.Value).Distinct().ToList();
        var items = await db.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => (i.Code, i.Name, i.Unit), cancellationToken);
        var batches = await db.Batches.AsNoTracking().Where(b => batchIds.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => b.Number, cancellationToken);
        var units = await db.EquipmentUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.SerialNumber, cancellationToken);
        return new CountNames(items, batches, units);
    }

    public (string ItemCode, string ItemName, string Unit, string? Batch, string? Serial) Of(CountedGoods goods)
    {
        var (code, name, unit) = _items.GetValueOrDefault(goods.ItemId, ("?", "?", ""));
        return (code, name, unit, goods.BatchId is { } b ? _batches.GetValueOrDefault(b) : null,
            goods.EquipmentUnitId is { } u ? _units.GetValueOrDefault(u) : null);
    }
}
