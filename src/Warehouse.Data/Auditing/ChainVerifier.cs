using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Auditing;

namespace Warehouse.Data.Auditing;

/// The first row where a chain breaks: which chain, which row, its sequence, and what the chain expected there.
public sealed record ChainBreak(string Chain, long? RowId, long? Sequence, string Expected);

/// One chain's verdict: verified through the given sequence, or broken.
public sealed record ChainResult(string Name, long Through, ChainBreak? Break)
{
    public bool Intact => Break is null;
}

/// Walks both chains from their first row, recomputing every hash. Rows stream through one at a time, so memory
/// stays flat however long the ledger grows. The head is read first: rows linked while the walk runs come after it.
public sealed class ChainVerifier(WarehouseDbContext db)
{
    /// Called once per row walked, for a background check's progress.
    public Action? Walked { get; init; }

    /// How many rows a walk of both chains reads: their heads' sequences.
    public async Task<long> RowsAsync(CancellationToken cancellationToken = default) =>
        await db.ChainHeads.AsNoTracking().SumAsync(h => h.Sequence, cancellationToken);

    public async Task<IReadOnlyList<ChainResult>> VerifyAsync(CancellationToken cancellationToken = default) =>
    [
        await VerifyAsync(HashChain.Audit, head => db.AuditEntries.AsNoTracking()
            .Where(a => a.Sequence == null || a.Sequence <= head).OrderBy(a => a.Sequence)
            .Select(a => new Link(a.Id, a, null)), cancellationToken),
        await VerifyAsync(HashChain.Ledger, head => db.StockMovements.AsNoTracking()
            .Where(m => m.Sequence == null || m.Sequence <= head).OrderBy(m => m.Sequence)
            .Select(m => new Link(m.Id, m, m.Document!.Number)), cancellationToken),
    ];

    private sealed record Link(long Id, IChained Row, string? DocumentNumber);

    private async Task<ChainResult> VerifyAsync(string chain, Func<long, IQueryable<Link>> rowsThrough, CancellationToken cancellationToken)
    {
        var head = await db.ChainHeads.AsNoTracking().SingleAsync(h => h.Name == chain, cancellationToken);
        var (last, previous) = (0L, HashChain.Genesis);
        await foreach (var link in rowsThrough(head.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            Walked?.Invoke();
            var row = link.Row;
            if (row.Sequence != last + 1)
                return Broken(chain, last, link, $"sequence {last + 1}");
            if (row.PreviousHash != previous)
                return Broken(chain, last, link, $"previous hash {previous}");
            var hash = HashChain.Link(previous, last + 1, row.ChainContent(link.DocumentNumber));
            if (hash != row.Hash)
                return Broken(chain, last, link, $"hash {hash}");
            (last, previous) = (last + 1, hash);
        }
        if (last != head.Sequence || previous != head.Hash)
            return new ChainResult(chain, last, new ChainBreak(chain, null, last + 1, $"rows through sequence {head.Sequence}"));
        return new ChainResult(chain, last, null);
    }

    private static ChainResult Broken(string chain, long through, Link link, string expected) =>
        new(chain, through, new ChainBreak(chain, link.Id, link.Row.Sequence, expected));
}
