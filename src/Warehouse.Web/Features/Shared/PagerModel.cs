using Microsoft.AspNetCore.Http.Extensions;

namespace Warehouse.Web.Features.Shared;

/// Paging links that keep every other filter of the current query string. <paramref name="More"/>: the rows were counted
/// only so far, and there are more than <paramref name="Total"/>.
public sealed record PagerModel(int Page, int Pages, int Total, string Path, IQueryCollection Query, bool More = false)
{
    public bool HasNext => More || Page < Pages;

    public string UrlFor(int page)
    {
        var builder = new QueryBuilder(Query.Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))))
        {
            { "page", page.ToString() },
        };
        return Path + builder.ToQueryString();
    }
}
