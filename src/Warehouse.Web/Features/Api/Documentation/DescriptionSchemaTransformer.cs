using System.ComponentModel;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Warehouse.Web.Features.Api.Documentation;

/// Carries the <see cref="DescriptionAttribute"/> of an answer type, or of one of its properties, into its schema when
/// the schema has no description yet, so a field such as a request's breach says what it means.
internal sealed class DescriptionSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        System.Reflection.ICustomAttributeProvider? source = context.JsonPropertyInfo is { } property
            ? property.AttributeProvider
            : context.JsonTypeInfo.Type;
        if (string.IsNullOrEmpty(schema.Description)
            && source?.GetCustomAttributes(typeof(DescriptionAttribute), true).OfType<DescriptionAttribute>().FirstOrDefault() is { } text)
            schema.Description = text.Description;
        return Task.CompletedTask;
    }
}
