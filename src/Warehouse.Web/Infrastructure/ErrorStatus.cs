namespace Warehouse.Web.Infrastructure;

/// The status an unhandled exception answers with: a request Kestrel refused (body too large, malformed) keeps
/// Kestrel's own 4xx status; anything else is our fault, a 500.
public static class ErrorStatus
{
    /// The status code for <paramref name="error"/>.
    public static int Of(Exception? error) => error switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };
}
