namespace Warehouse.Web.Features.Stock;

public sealed partial class StockQueries
{
    /// The page's rows with the agreement reserves of their items, read in one grouped query for the whole page.
    private async Task<List<StockSummaryRow>> WithAgreementStockAsync(List<StockSummaryRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
            return rows;
        var remaining = await agreements.RemainingByItemAsync(rows.Select(r => r.ItemId).Distinct().ToList(), cancellationToken);
        return rows.Select(r => r with { AgreementStock = remaining.GetValueOrDefault(r.ItemId) }).ToList();
    }
}

public sealed partial record StockSummaryRow
{
    /// Still guaranteed under agreements valid today (协议储备): the supplier's goods, not on our shelves nor in on hand.
    public int AgreementStock { get; init; }
}

public sealed record DepotOption(int Id, string Code, string Name);
