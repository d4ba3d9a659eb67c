using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc;
using Scalar.AspNetCore;
using Warehouse.Web.Features.Api.Documentation;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Configuration;

/// The station API's OpenAPI document at /openapi/v1.json and its reference page at /api/docs. Only the JSON API's
/// controllers are described — pages are not an API. Scalar's scripts are served from its own assembly, never a CDN.
public static class OpenApiConfiguration
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string ReferencePath = "/api/docs";

    public static IServiceCollection AddWarehouseOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.ActionDescriptor is ControllerActionDescriptor action
                && action.ControllerTypeInfo.IsDefined(typeof(ApiControllerAttribute), inherit: true);
            options.AddDocumentTransformer<ApiDocumentTransformer>();
            options.AddOperationTransformer<ApiOperationTransformer>();
            options.AddSchemaTransformer<DescriptionSchemaTransformer>();
        });

    public static WebApplication MapWarehouseOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").RequireAuthorization(Policies.ReadApiDocument);
        app.MapScalarApiReference(ReferencePath, options => options
                .WithTitle("Warehouse station API")
                .WithOpenApiRoutePattern(DocumentPath)
                .DisableDefaultFonts()
                .DisableAgent()
                .WithNonce())
            .RequireAuthorization(Policies.ReadApiReference);
        return app;
    }
}
