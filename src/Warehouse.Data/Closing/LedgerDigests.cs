using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Closing;

namespace Warehouse.Data.Closing;

/// Reads a period's ledger rows as they are stored now, streaming them document by document into a
/// <see cref="LedgerDigest"/>: the rows are never all in memory at once.
public sealed class LedgerDigests(WarehouseDbContext db)
{
    public async Task<LedgerDigestResult> ComputeAsync(DateTime startsAtUtc, DateTime endsAtUtc, CancellationToken cancellationToken)
    {
        using var digest = new LedgerDigest();
        var rows = db.StockMovements.AsNoTracking()
            .Where(m => m.OccurredAt >= startsAtUtc && m.OccurredAt < endsAtUtc)
            .OrderBy(m => m.DocumentId).ThenBy(m => m.Id)
            .Select(m => new { Row = m, m.Document!.Number })
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
            digest.Add(row.Row, row.Number);
        return digest.Finish();
    }

    /// The documents a closed period's ledger differs in from what its close saw; empty when it is unchanged.
    public async Task<IReadOnlyList<DocumentDifference>> DifferencesAsync(int closedPeriodId, DateTime startsAtUtc,
        DateTime endsAtUtc, CancellationToken cancellationToken)
    {
        var now = await ComputeAsync(startsAtUtc, endsAtUtc, cancellationToken);
        var then = await db.ClosedPeriods.AsNoTracking().Where(p => p.Id == closedPeriodId).SelectMany(p => p.Documents)
            .Select(d => new DocumentDigest(d.DocumentId, d.Number, d.Rows, d.Digest)).ToListAsync(cancellationToken);
        return LedgerDifference.Between(then, now.Documents);
    }
}
