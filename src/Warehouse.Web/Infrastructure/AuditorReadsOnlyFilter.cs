using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Warehouse.Data.Identity;
using Warehouse.Domain.Constants;

namespace Warehouse.Web.Infrastructure;

/// An auditor reads everything and changes nothing: any unsafe request from an account holding the Auditor role is
/// refused, whatever other policy the action names, unless the action only touches the caller's own session or is the
/// auditor's own work.
public sealed class AuditorReadsOnlyFilter : IAuthorizationFilter, IOrderedFilter
{
    public int Order => -1000;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || !http.User.IsInRole(Roles.Auditor))
            return;
        if (context.ActionDescriptor.EndpointMetadata.Any(m => m is SessionOnlyAttribute or AuditorWorkAttribute))
            return;
        context.Result = new ForbidResult();
    }
}

/// Marks an action (or a controller's actions) that changes only the caller's own session or credentials (sign out,
/// language, own password, own second factor), which a read-only account may do.
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class SessionOnlyAttribute : Attribute;

/// Marks an action that is the auditor's own work rather than a change to the reserve (closing a period, signing it off),
/// which a read-only account may do; its policy still decides who may.
[AttributeUsage(AttributeTargets.Method)]
public sealed class AuditorWorkAttribute : Attribute;
