namespace Warehouse.Web.Features.Map;

/// The intranet tile server the map draws on (<c>Map:TileUrl</c>, a Leaflet URL template such as
/// <c>http://tiles.intranet/{z}/{x}/{y}.png</c>). There is no default: without it the map draws its points on a plain
/// canvas and asks no other host for anything.
public static class MapTiles
{
    public const string Setting = "Map:TileUrl";

    /// The template, or null when none (or no absolute http(s) one) is configured.
    public static string? Url(IConfiguration configuration) => Origin(configuration) is null ? null : configuration[Setting]!.Trim();

    /// The scheme, host and port tiles come from, for the Content-Security-Policy's img-src; null without a tile server.
    public static string? Origin(IConfiguration configuration)
    {
        var template = configuration[Setting]?.Trim();
        if (string.IsNullOrEmpty(template))
            return null;
        // The template's placeholders ({s}, {z}, ...) are not valid in a host, so read the origin up to the path.
        var schemeEnd = template.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
            return null;
        var pathStart = template.IndexOf('/', schemeEnd + 3);
        var origin = pathStart < 0 ? template : template[..pathStart];
        var scheme = origin[..schemeEnd].ToLowerInvariant();
        var authority = origin[(schemeEnd + 3)..];
        var unsafeHost = authority.Length == 0 || authority.Any(c => char.IsWhiteSpace(c) || c == ';' || c == '\'');
        if (scheme is not ("http" or "https") || unsafeHost)
            return null;
        // A {s} subdomain placeholder becomes a CSP wildcard host part.
        return $"{scheme}://{authority.Replace("{s}", "*", StringComparison.Ordinal)}";
    }
}
