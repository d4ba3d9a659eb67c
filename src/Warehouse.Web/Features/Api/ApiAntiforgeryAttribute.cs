using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.Filters;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Api;

/// Unsafe API calls made with the login cookie must carry the antiforgery token (the pages send it in the
/// RequestVerificationToken header); station-key and department-key calls carry no ambient credential and are exempt.
[AttributeUsage(AttributeTargets.Class)]
public sealed class ApiAntiforgeryAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public int Order => 1000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || request.Headers.ContainsKey(StationKeyHandler.Header) || request.Headers.ContainsKey(DepartmentKeyHandler.Header))
            return;
        var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
            context.Result = ApiProblems.Result(StatusCodes.Status400BadRequest, "AntiforgeryInvalid",
                "The form is stale or was not sent from this site: reload the page and try again.");
    }
}
