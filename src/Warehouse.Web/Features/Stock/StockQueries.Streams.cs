using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Warehouse.Web.Features.Stock;

/// The same reports as the pages show, read row by row for the exports: one query each, no page held in memory.
public sealed partial class StockQueries
{
    public async IAsyncEnumerable<StockSummaryRow> SummaryStreamAsync(StockFilter filter,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = SummaryRows(await SummaryKeysAsync(filter, cancellationToken));
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return row;
    }

    public async IAsyncEnumerable<StockBalanceRow> BalancesStreamAsync(StockFilter filter,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (rows, _) = await BalancesQueryAsync(filter, count: false, cancellationToken);
        await foreach (var row in rows.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return row;
    }

    public async IAsyncEnumerable<LedgerRow> LedgerStreamAsync(LedgerFilter filter,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (rows, _) = await LedgerQueryAsync(filter, count: false, cancellationToken);
        await foreach (var row in rows.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return row;
    }

    /// How many rows the summary export holds: the count alone, without the page the summary page also reads.
    public async Task<int> SummaryCountAsync(StockFilter filter, CancellationToken cancellationToken) =>
        await (await SummaryKeysAsync(filter, cancellationToken)).CountAsync(cancellationToken);

    /// How many rows the detail export holds.
    public async Task<int> BalancesCountAsync(StockFilter filter, CancellationToken cancellationToken) =>
        (await BalancesQueryAsync(filter, count: true, cancellationToken)).Total;

    /// How many rows the ledger export holds.
    public async Task<int> LedgerCountAsync(LedgerFilter filter, CancellationToken cancellationToken) =>
        (await LedgerQueryAsync(filter, count: true, cancellationToken)).Total;

    /// One depot × item of the summary, in a shape EF Core can compose further.
    private sealed class SummaryKey
    {
        public int DepotId { get; init; }
        public int ItemId { get; init; }
        public string DepotCode { get; init; } = "";
        public string ItemCode { get; init; } = "";
    }
}
