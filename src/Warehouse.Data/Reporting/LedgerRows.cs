using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Catalog;
using Warehouse.Domain.Reporting;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Reporting;

/// One ledger row as the totals see it: when, where, which item, in which storage mode, why, and how much (signed).
public readonly record struct LedgerRow(DateTime OccurredAt, int DepotId, int ItemId, StorageMode Mode, StockReason Reason, int Quantity);

/// The item facts a ledger row is summed under.
public readonly record struct ItemPrice(SupplyClass Class, decimal UnitPrice);

/// Reads ledger rows with their balance's mode and their document's reason, and cuts instants into bureau-local months.
public static class LedgerRows
{
    public static IQueryable<LedgerRow> Of(WarehouseDbContext db, IQueryable<StockMovement> movements) =>
        from m in movements
        join b in db.StockBalances on m.BalanceId equals b.Id
        join d in db.StockDocuments on m.DocumentId equals d.Id
        select new LedgerRow(m.OccurredAt, m.DepotId, m.ItemId, b.Mode, d.Reason, m.Quantity);

    public static async Task<Dictionary<int, ItemPrice>> PricesAsync(WarehouseDbContext db, CancellationToken cancellationToken) =>
        await db.Items.AsNoTracking().Select(i => new { i.Id, i.Class, i.UnitPrice })
            .ToDictionaryAsync(i => i.Id, i => new ItemPrice(i.Class, i.UnitPrice), cancellationToken);

    /// The first day of the bureau-local month the instant falls in.
    public static DateOnly MonthOf(DateTime utc, TimeZoneInfo zone)
    {
        var day = DayOf(utc, zone);
        return new DateOnly(day.Year, day.Month, 1);
    }

    /// The bureau-local day the instant falls in.
    public static DateOnly DayOf(DateTime utc, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));

    /// The instant a bureau-local day starts.
    public static DateTime StartOf(DateOnly day, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone);
}
