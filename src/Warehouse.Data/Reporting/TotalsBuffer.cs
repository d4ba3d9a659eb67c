using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Reporting;

namespace Warehouse.Data.Reporting;

/// Changes to the month totals collected in memory, then written as one update per touched row.
internal sealed class TotalsBuffer(TimeZoneInfo zone)
{
    private readonly Dictionary<TotalKey, (long Quantity, decimal Value)> changes = [];

    public void Add(LedgerRow row, ItemPrice item, int sign = 1)
    {
        var key = LedgerRows.KeyOf(row, item, zone);
        var (quantity, value) = changes.GetValueOrDefault(key);
        changes[key] = (quantity + sign * row.Quantity, value + sign * row.Quantity * item.UnitPrice);
    }

    public async Task WriteAsync(WarehouseDbContext db, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
            return;
        var months = changes.Keys.Select(k => k.Month).Distinct().ToList();
        var existing = (await db.LedgerMonthTotals.Where(t => months.Contains(t.Month)).ToListAsync(cancellationToken))
            .ToDictionary(t => t.Key);
        foreach (var (key, (quantity, value)) in changes)
        {
            if (!existing.TryGetValue(key, out var total))
                db.LedgerMonthTotals.Add(total = new LedgerMonthTotal(key));
            total.Add(quantity, value);
        }
        changes.Clear();
    }
}
