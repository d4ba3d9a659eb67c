using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Warehouse.Web.Infrastructure;

/// Answers 413 before anything reads a body whose announced length is over Kestrel's limit. Left to the form
/// reader, the refusal would surface inside antiforgery validation as a 400, or as an exception.
public static class RequestBodyLimit
{
    /// Refuses over-long bodies up front; a body without a length is still cut off by Kestrel while it is read.
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            if (limit is not null && context.Request.ContentLength > limit && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                context.Response.Headers.Connection = "close";
                return Task.CompletedTask;
            }
            return next(context);
        });
}
