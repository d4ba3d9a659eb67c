namespace Warehouse.Web.Infrastructure;

/// Security headers on every response — pages, API, static files and error pages. Scripts come only from the
/// site's own files (no inline script, no eval); styles may be inline, as Mermaid's diagrams and a few `style=`
/// attributes need; images may be data: URLs (QR codes) or blobs; the camera scanner's stream and workers may be
/// blobs. No page may be framed. When an intranet tile server is configured for the map (Map:TileUrl), images may
/// come from its origin too — and from no other host.
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; media-src 'self' blob: mediastream:; worker-src 'self' blob:; object-src 'none'; "
        + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// The one exception to "no inline script": a page whose endpoint left a per-request nonce in the request's items
    /// (the API reference page, whose configuration is an inline module) may run the script carrying that nonce.
    public const string ScriptNonceItem = Scalar.AspNetCore.ScalarOptions.NonceHttpContextItemKey;

    /// The policy with the tile server's origin added to img-src, or the plain one without a tile server.
    public static string PolicyWithTiles(string? tileOrigin) =>
        tileOrigin is null
            ? ContentSecurityPolicy
            : ContentSecurityPolicy.Replace("img-src 'self' data: blob:", $"img-src 'self' data: blob: {tileOrigin}",
                StringComparison.Ordinal);

    private static string PolicyFor(HttpContext context, string policy) =>
        context.Items[ScriptNonceItem] is string nonce
            ? policy.Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal)
            : policy;

    /// Adds the headers when the response starts, so that error pages (whose headers are cleared first) carry them too.
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var policy = PolicyWithTiles(Features.Map.MapTiles.Origin(app.ApplicationServices.GetRequiredService<IConfiguration>()));
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = PolicyFor(context, policy);
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
