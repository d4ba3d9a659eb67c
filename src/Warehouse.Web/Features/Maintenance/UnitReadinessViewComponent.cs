using Microsoft.AspNetCore.Mvc;

namespace Warehouse.Web.Features.Maintenance;

/// Ready units over units per depot, worst first, for the dashboard and the readiness page.
public sealed class UnitReadinessViewComponent(MaintenancePages pages) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await pages.ByDepotAsync(HttpContext.RequestAborted));
}
