using Microsoft.AspNetCore.Mvc;

namespace Warehouse.Web.Features.Agents;

/// The scan box's choice of a station agent's serial scanner to take scans from; nothing when there is none to choose.
public sealed class StationScannerPickerViewComponent(StationScanners scanners) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string boxId)
    {
        var stations = await scanners.ForCallerAsync(HttpContext.RequestAborted);
        return stations.Count == 0 ? Content("") : View((boxId, stations));
    }
}
