using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Reporting;

namespace Warehouse.Data.Reporting;

/// Changes to the month and day totals collected in memory, then written as one update per touched row.
internal sealed class TotalsBuffer(TimeZoneInfo zone)
{
    private readonly Dictionary<TotalKey, (long Quantity, decimal Value)> months = [];
    private readonly Dictionary<TotalKey, (long Quantity, decimal Value)> days = [];

    public void Add(LedgerRow row, ItemPrice item, int sign = 1)
    {
        var day = LedgerRows.DayOf(row.OccurredAt, zone);
        var key = new TotalKey(day, row.DepotId, item.Class, row.Mode, row.Reason, row.Quantity > 0);
        var (quantity, value) = (sign * row.Quantity, sign * row.Quantity * item.UnitPrice);
        Add(months, key with { Start = new DateOnly(day.Year, day.Month, 1) }, quantity, value);
        Add(days, key, quantity, value);
    }

    public async Task WriteAsync(WarehouseDbContext db, CancellationToken cancellationToken)
    {
        await WriteAsync(db.LedgerMonthTotals, months, (set, starts) => set.Where(t => starts.Contains(t.Month)),
            key => new LedgerMonthTotal(key), cancellationToken);
        await WriteAsync(db.LedgerDayTotals, days, (set, starts) => set.Where(t => starts.Contains(t.Day)),
            key => new LedgerDayTotal(key), cancellationToken);
    }

    private static void Add(Dictionary<TotalKey, (long, decimal)> changes, TotalKey key, long quantity, decimal value)
    {
        var (q, v) = changes.GetValueOrDefault(key);
        changes[key] = (q + quantity, v + value);
    }

    private static async Task WriteAsync<T>(DbSet<T> set, Dictionary<TotalKey, (long Quantity, decimal Value)> changes,
        Func<DbSet<T>, List<DateOnly>, IQueryable<T>> touched, Func<TotalKey, T> create, CancellationToken cancellationToken)
        where T : LedgerTotal
    {
        if (changes.Count == 0)
            return;
        var starts = changes.Keys.Select(k => k.Start).Distinct().ToList();
        var existing = (await touched(set, starts).ToListAsync(cancellationToken)).ToDictionary(t => t.Key);
        foreach (var (key, (quantity, value)) in changes)
        {
            if (!existing.TryGetValue(key, out var total))
                set.Add(total = create(key));
            total.Add(quantity, value);
        }
        changes.Clear();
    }
}
