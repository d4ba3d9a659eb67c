using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Warehouse.Data.Identity;
using Warehouse.Domain.Constants;

namespace Warehouse.Web.Infrastructure;

/// An auditor reads everything and changes nothing: any unsafe request from an account holding the Auditor role is
/// refused, whatever other policy the action names, unless the action only touches the caller's own session.
public sealed class AuditorReadsOnlyFilter : IAuthorizationFilter, IOrderedFilter
{
    public int Order => -1000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || !http.User.IsInRole(Roles.Auditor))
            return;
        if (context.ActionDescriptor.EndpointMetadata.OfType<SessionOnlyAttribute>().Any())
            return;
        context.Result = new ForbidResult();
    }
}

/// Marks an action (or a controller's actions) that changes only the caller's own session or credentials (sign out,
/// language, own password, own second factor), which a read-only account may do.
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class SessionOnlyAttribute : Attribute;
