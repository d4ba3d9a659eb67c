using Microsoft.AspNetCore.Mvc;
using Warehouse.Data.Readiness;

namespace Warehouse.Web.Features.Readiness;

/// The fill rate of every equipment standard in a few lines, for the dashboard and the reserve summary.
public sealed class FillRatesViewComponent(FillRates fillRates) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await fillRates.BuildAsync(HttpContext.RequestAborted));
}
