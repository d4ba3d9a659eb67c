using Microsoft.EntityFrameworkCore;
using Warehouse.Data;
using Warehouse.Data.Allocation;
using Warehouse.Data.Infrastructure;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Common;

namespace Warehouse.Web.Features.Allocation.TransferTimes;

/// Adds the delivered dispatches and call-up orders not yet tallied to the transfer tallies, a batch per transaction: the
/// deliveries are marked first, by an update that only takes those still unmarked, so two instances never count one
/// delivery twice (the one that finds some already taken leaves the batch to the other).
public sealed class TransferTallyRefresh(WarehouseDbContext db, DeliveryClocks clocks, BureauClock clock)
{
    /// Deliveries per transaction: a few hundred milliseconds of the write gate on SQLite.
    public int StepDeliveries { get; init; } = 1_000;

    private static readonly TimeSpan BetweenSteps = TimeSpan.FromMilliseconds(250);

    /// Tallies every delivery not yet tallied, or as many as the given number of steps take; answers how many.
    public async Task<int> RunAsync(CancellationToken cancellationToken, int steps = int.MaxValue)
    {
        var tallied = 0;
        for (var taken = 0; ; taken++)
        {
            var step = taken < steps ? await StepAsync(cancellationToken) : 0;
            if (step == 0)
                return tallied;
            tallied += step;
            // A breath between steps, as the ledger totals' keeper takes: a writer outside the gate finds the lock free.
            if (db.Database.IsSqlite())
                await Task.Delay(BetweenSteps, cancellationToken);
        }
    }

    private async Task<int> StepAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        // In the partial index's order: by id, SQLite walked every dispatch ever made to find the few still to tally.
        var dispatchIds = await db.Dispatches.AsNoTracking().Untallied().Where(d => d.DeliveredAt != null)
            .OrderBy(d => d.DeliveredAt).Select(d => d.Id).Take(StepDeliveries).ToListAsync(cancellationToken);
        var callUpIds = await db.CallUps.AsNoTracking().Untallied().Where(c => c.DeliveredAt != null)
            .OrderBy(c => c.DeliveredAt).Select(c => c.Id).Take(StepDeliveries).ToListAsync(cancellationToken);
        if (dispatchIds.Count + callUpIds.Count == 0)
            return 0;
        // Read before the transaction, so the write gate is held only for the writing. A delivery without a submitted
        // request has no clock; it is marked all the same, or every round would read it again.
        var counts = TallyCount.Of(await clocks.OfAsync(dispatchIds, callUpIds, cancellationToken), clock.Zone).ToList();
        try
        {
            return await WriteAsync(dispatchIds, callUpIds, counts, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance added a count of the same grain between this one's read of the day and its write (the
            // unique index refused the second): the batch was rolled back whole, and is written again over the counts
            // now kept. A second refusal is not a race, and is the round's failure.
            return await WriteAsync(dispatchIds, callUpIds, counts, cancellationToken);
        }
    }

    private async Task<int> WriteAsync(List<int> dispatchIds, List<int> callUpIds, IReadOnlyList<TallyCount> counts,
        CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(() => SqliteWriteGate.RunAsync(db, async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var marked = await db.Dispatches.Where(d => dispatchIds.Contains(d.Id)).MarkTalliedAsync(clock.UtcNow, cancellationToken);
            marked += await db.CallUps.Where(c => callUpIds.Contains(c.Id)).MarkTalliedAsync(clock.UtcNow, cancellationToken);
            if (marked != dispatchIds.Count + callUpIds.Count)
            {
                await transaction.RollbackAsync(cancellationToken);
                return 0;
            }
            await AddAsync(counts, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return marked;
        }, cancellationToken));
    }

    private async Task AddAsync(IReadOnlyList<TallyCount> counts, CancellationToken cancellationToken)
    {
        var days = counts.Select(c => c.Key.Day).Distinct().ToList();
        var kept = await db.TransferTallies.Where(t => days.Contains(t.Day)).ToDictionaryAsync(t => t.Key, cancellationToken);
        foreach (var count in counts)
        {
            if (kept.TryGetValue(count.Key, out var tally))
                tally.Add((int)count.Count);
            else
                db.TransferTallies.Add(new TransferTally(count.Key, (int)count.Count));
        }
    }
}
