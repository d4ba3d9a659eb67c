using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Common;

namespace Warehouse.Web.Infrastructure;

/// Caps every /api request body at one megabyte (a 500-line posting is about a hundred kilobytes) and a photo of a code
/// at eleven (a 10 MB photo and its form): a larger declared length is refused before it is read, a longer stream
/// when the server stops reading it, both as a 413 problem.
public static class ApiBodyLimit
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxPhotoBytes = 11 * 1024 * 1024;

    public static IApplicationBuilder UseApiBodyLimit(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            api => api.Use(LimitAsync));

    private static async Task LimitAsync(HttpContext context, RequestDelegate next)
    {
        var max = context.Request.Path.StartsWithSegments("/api/codes/decode", StringComparison.OrdinalIgnoreCase) ? MaxPhotoBytes : MaxBytes;
        if (context.Request.ContentLength > max)
        {
            await RefuseAsync(context, max);
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = max;
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge
            && !context.Response.HasStarted)
        {
            await RefuseAsync(context, max);
        }
    }

    private static Task RefuseAsync(HttpContext context, int max)
    {
        var error = Errors.BodyTooLarge(max);
        var localizer = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        return ApiProblems.WriteAsync(context, error, localizer);
    }
}
