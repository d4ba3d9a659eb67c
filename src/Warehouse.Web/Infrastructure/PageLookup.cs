namespace Warehouse.Web.Infrastructure;

/// A page as the caller may see it: the page, or nothing to show (404), or not the caller's to see (403).
public sealed record PageLookup<T>(T? Page, bool Forbidden) where T : class
{
    public static PageLookup<T> Missing => new(null, false);
    public static PageLookup<T> NotYours => new(null, true);

    public static PageLookup<T> Found(T page) => new(page, false);
}
