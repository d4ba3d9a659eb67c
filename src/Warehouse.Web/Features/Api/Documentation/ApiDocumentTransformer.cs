using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Api.Documentation;

/// The document's front matter: what the API is, the two ways a caller proves who it is, and the problem every refusal answers.
internal sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string ProblemSchema = "Problem";
    public const string StationKeyScheme = "StationKey";
    public const string CookieScheme = "Cookie";
    public const string DepartmentKeyScheme = "DepartmentKey";
    public const string CookieName = ".AspNetCore.Identity.Application";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Warehouse station API",
            Version = "v1",
            Description = "The JSON API for handheld terminals, keepers' desks and station agents. A station sends its key in the "
                + $"`{StationKeyHandler.Header}` header; a signed-in browser sends its cookie and the page's antiforgery token in the "
                + "`RequestVerificationToken` header. Every refusal is an RFC 9457 problem (`application/problem+json`) whose `code` "
                + "names the refusal; `detail` is in the caller's language (Accept-Language: zh-CN or en). A posting carries a "
                + "`clientId`: sending it again answers the first posting with the `Idempotent-Replayed: true` header.",
        };
        var components = document.Components ??= new OpenApiComponents();
        components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        components.Schemas[ProblemSchema] = Problem();
        components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        components.SecuritySchemes[StationKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = StationKeyHandler.Header,
            Description = "A station's key, issued once on the Stations page. The station acts as a keeper of its own depot.",
        };
        components.SecuritySchemes[DepartmentKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = DepartmentKeyHandler.Header,
            Description = "A department's key, issued once on the Department API keys page. It opens the requests API only, "
                + "acting as its department: it raises the department's requests and sees only those.",
        };
        components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = CookieName,
            Description = "A signed-in user's session cookie; requests that change anything also send the antiforgery token "
                + "in the `RequestVerificationToken` header.",
        };
        document.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(StationKeyScheme, document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(DepartmentKeyScheme, document)] = [] },
        ];
        return Task.CompletedTask;
    }

    private static OpenApiSchema Problem() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An RFC 9457 problem: the refusal's `code`, and a sentence for a person in `detail`.",
        Required = new HashSet<string> { "code", "status" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text("`urn:warehouse:problem:{code}`"),
            ["title"] = Text("The code again, for clients that read only RFC 9457's fields."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "The HTTP status." },
            ["detail"] = Text("What went wrong, in the caller's language."),
            ["code"] = Text("The refusal's stable code; the operation lists the codes it may answer."),
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object | JsonSchemaType.Null,
                Description = "For `MalformedBody`: the messages per field of the body.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Text("A message.") },
            },
        },
    };

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
