using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Common;

namespace Warehouse.Web.Infrastructure;

/// RFC 9457 problem details with a stable type per kind of refusal and a message in the caller's language.
public static class ApiProblems
{
    public static string TypeFor(string code) => $"urn:warehouse:problem:{code}";

    /// The HTTP status that answers an error of this kind.
    public static int StatusFor(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        ErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    };

    /// A refusal of who the caller is rather than of what they sent: pages answer it with the access-denied page.
    public static bool IsForbidden(DomainError? error) => error?.Kind == ErrorKind.Forbidden;

    /// Writes the error as a problem response whose status its kind decides.
    public static Task WriteAsync(HttpContext context, DomainError error, IStringLocalizer localizer) =>
        WriteAsync(context, StatusFor(error.Kind), error.Code, Localize(error, localizer));

    public static ObjectResult From(DomainError error, IStringLocalizer localizer) =>
        Result(StatusFor(error.Kind), error.Code, Localize(error, localizer));

    public static string Localize(DomainError error, IStringLocalizer localizer)
    {
        if (error.Code == "GuardRefused")
            return localizer[error.Message].Value;
        var text = localizer[$"Error.{error.Code}", error.Arguments];
        return text.ResourceNotFound ? error.Message : text.Value;
    }

    public static ObjectResult Result(int status, string code, string detail)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Type = TypeFor(code),
            Title = code,
            Detail = detail,
        };
        problem.Extensions["code"] = code;
        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
    }

    public static Task WriteAsync(HttpContext context, int status, string code, string detail)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ProblemDetails
        {
            Status = status,
            Type = TypeFor(code),
            Title = code,
            Detail = detail,
            Extensions = { ["code"] = code },
        }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
