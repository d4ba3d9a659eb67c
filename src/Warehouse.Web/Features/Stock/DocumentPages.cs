using Warehouse.Data.Stock;
using Warehouse.Web.Configuration;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Stock;

/// A posted note's page; <see cref="CanSeeReceiptJobs"/> links to its jobs in the print queue.
public sealed record DocumentPage(PostedDocument Document, bool CanSeeReceiptJobs);

/// Builds a posted note's page for a caller who may see its depot.
public sealed class DocumentPages(StockPostingService posting, StockQueries queries, CallerPermissions permissions)
{
    public async Task<PageLookup<DocumentPage>> DocumentAsync(int id, CancellationToken cancellationToken)
    {
        var document = await posting.LoadAsync(id, cancellationToken);
        if (document is null)
            return PageLookup<DocumentPage>.Missing;
        var depots = await queries.DepotOptionsAsync(cancellationToken);
        if (depots.All(d => d.Code != document.DepotCode))
            return PageLookup<DocumentPage>.NotYours;
        return PageLookup<DocumentPage>.Found(new DocumentPage(document, await permissions.MayAsync(Policies.PostStock)));
    }
}
