using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Warehouse.Data.Infrastructure;
using Warehouse.Domain.Closing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Data.Closing;

/// Refuses ledger rows dated into a closed period, whichever path posts them (postings, allocation steps, count
/// approvals, returns, the seed): every stock change ends in a save that adds ledger rows, so this one check covers
/// them all. It runs inside the posting's transaction, so a period closed a moment earlier is seen.
public sealed class ClosedPeriodGuard : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not WarehouseDbContext db || result.HasResult)
            return result;
        var moments = db.ChangeTracker.Entries<StockMovement>().Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity.OccurredAt).Distinct().ToList();
        if (moments.Count == 0)
            return result;
        var (first, last) = (moments.Min(), moments.Max());
        await foreach (var period in Overlapping.For(db)(db, first, last).WithCancellation(cancellationToken))
        {
            if (moments.Any(m => period.StartsAt <= m && m < period.EndsAt))
                throw new DomainException(Errors.PeriodClosed(period.From.ToString("yyyy-MM-dd"), period.To.ToString("yyyy-MM-dd")));
        }
        return result;
    }

    // Asked by every save that writes ledger rows (each scan posting's), so compiled once.
    private static readonly CompiledQuery<Func<WarehouseDbContext, DateTime, DateTime, IAsyncEnumerable<Period>>> Overlapping = new(() =>
        EF.CompileAsyncQuery((WarehouseDbContext db, DateTime first, DateTime last) =>
            db.ClosedPeriods.AsNoTracking().Where(p => p.StartsAt <= last && p.EndsAt > first)
                .Select(p => new Period(p.From, p.To, p.StartsAt, p.EndsAt))));

    private sealed record Period(DateOnly From, DateOnly To, DateTime StartsAt, DateTime EndsAt);
}
