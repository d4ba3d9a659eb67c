using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Auditing;

/// Verifies both chains and every balance against the ledger, sets right any quota whose held figure drifted from the
/// balances, and stores the result.
public sealed class IntegrityChecks(WarehouseDbContext db, BureauClock clock, ILogger<IntegrityChecks> logger)
{
    private const int DriftListed = 20;

    /// Walks both chains and every balance and stores the result; <paramref name="walked"/> is called per chain row.
    public async Task<IntegrityCheck> RunAsync(CancellationToken cancellationToken = default, Action? walked = null)
    {
        var chains = await new ChainVerifier(db) { Walked = walked }.VerifyAsync(cancellationToken);
        var broken = chains.Select(c => c.Break).FirstOrDefault(b => b is not null);
        var (drifting, drift) = (0, new StringBuilder());
        await foreach (var balance in BalanceDrift.FindAsync(db).WithCancellation(cancellationToken))
        {
            drifting++;
            logger.LogError("Balance {Balance} ({Key}) holds {OnHand} but its ledger sums to {Ledger}",
                balance.BalanceId, balance.Key, balance.OnHand, balance.Ledger);
            if (drifting <= DriftListed)
                drift.Append($"#{balance.BalanceId} {balance.Key}: {balance.OnHand} ≠ {balance.Ledger}; ");
        }
        var quotas = await QuotaDrift.FindAsync(db, cancellationToken);
        foreach (var quota in quotas.Take(DriftListed))
            logger.LogError("Quota {Quota} (depot {Depot}, item {Item}) held {Held} but the balances hold {Balances}; recounted",
                quota.QuotaId, quota.DepotId, quota.ItemId, quota.Held, quota.Balances);
        if (quotas.Count > 0)
            await QuotaDrift.RecountAsync(db, quotas.Select(q => q.QuotaId).ToList(), cancellationToken);
        if (broken is not null)
            logger.LogError("The {Chain} chain breaks at row {Row} (sequence {Sequence}): expected {Expected}",
                broken.Chain, broken.RowId, broken.Sequence, broken.Expected);
        var check = new IntegrityCheck(clock.UtcNow, Through(chains, HashChain.Audit), Through(chains, HashChain.Ledger),
            broken?.Chain, broken?.RowId, broken?.Sequence, broken?.Expected, drifting, drifting == 0 ? null : drift.ToString().TrimEnd(),
            quotas.Count);
        db.IntegrityChecks.Add(check);
        await db.SaveChangesAsync(cancellationToken);
        return check;
    }

    /// The latest stored checks, newest first.
    public async Task<IReadOnlyList<IntegrityCheck>> LatestAsync(int count, CancellationToken cancellationToken = default) =>
        await db.IntegrityChecks.AsNoTracking().OrderByDescending(c => c.Id).Take(count).ToListAsync(cancellationToken);

    private static long Through(IReadOnlyList<ChainResult> chains, string name) => chains.Single(c => c.Name == name).Through;
}
