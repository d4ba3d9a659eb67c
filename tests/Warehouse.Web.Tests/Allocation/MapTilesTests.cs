using Microsoft.Extensions.Configuration;
using Warehouse.Web.Features.Map;

namespace Warehouse.Web.Tests.Allocation;

/// The tile server's origin, as the Content-Security-Policy names it: none without a setting or with one that is not an
/// absolute http(s) template, and a wildcard host part for Leaflet's {s} subdomains.
public sealed class MapTilesTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("/tiles/{z}/{x}/{y}.png", null)]
    [InlineData("ftp://tiles.bureau.local/{z}/{x}/{y}.png", null)]
    [InlineData("http://tiles.bureau.local; script-src *; /{z}/{x}/{y}.png", null)]
    [InlineData("http://tiles.bureau.local/{z}/{x}/{y}.png", "http://tiles.bureau.local")]
    [InlineData("HTTPS://gis.bureau.local:8443/osm/{z}/{x}/{y}.png", "https://gis.bureau.local:8443")]
    [InlineData("http://{s}.tiles.bureau.local/{z}/{x}/{y}.png", "http://*.tiles.bureau.local")]
    public void The_tile_origin_is_read_from_the_template_or_is_none(string? template, string? origin)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [MapTiles.Setting] = template }).Build();

        Assert.Equal(origin, MapTiles.Origin(configuration));
        Assert.Equal(origin is null ? null : template, MapTiles.Url(configuration));
    }
}
