using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Warehouse.Web.Features.Map;

/// What the map page needs from the server: where tiles come from, if anywhere, and where its points are read.
public sealed record MapPage(string? TileUrl);

/// The emergency map (应急一张图): depots, townships and villages, open requests' destinations and dispatches on the road
/// with their countdowns. The page is a frame; its points come from <c>Data</c> and are refreshed by the page's script.
[Authorize]
[Route("Map")]
public sealed class MapController(MapQueries queries, IConfiguration configuration) : Controller
{
    [HttpGet("")]
    public IActionResult Index() =>
        View(new MapPage(MapTiles.Url(configuration)));

    /// The points to draw, as JSON.
    [HttpGet("Data")]
    public async Task<IActionResult> Data(CancellationToken cancellationToken) =>
        Json(await queries.DataAsync(cancellationToken));
}
