using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Warehouse.Web.Features.Api.Documentation;

/// Each operation's examples and its refusals: the problem codes it may answer, grouped by the status they come with.
internal sealed class ApiOperationTransformer : IOpenApiOperationTransformer
{
    private const string ProblemType = "application/problem+json";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor is not ControllerActionDescriptor action)
            return Task.CompletedTask;
        var name = $"{action.ControllerName}.{action.ActionName}";
        operation.OperationId = name.Replace(".", "", StringComparison.Ordinal);
        AddExamples(operation, name);
        operation.Responses ??= new OpenApiResponses();
        var codes = ApiProblemCatalogue.For(name).Append("unauthorized").Append("Forbidden");
        foreach (var status in codes.GroupBy(code => ErrorStatuses.Of(code) ?? StatusCodes.Status400BadRequest).OrderBy(g => g.Key))
            operation.Responses[status.Key.ToString()] = Refusal(status.Key, [.. status.Distinct()], context.Document);
        return Task.CompletedTask;
    }

    private static void AddExamples(OpenApiOperation operation, string name)
    {
        if (ApiProblemCatalogue.RequestExample(name) is { } request && operation.RequestBody?.Content is { } content)
            foreach (var media in content.Values.OfType<OpenApiMediaType>())
                media.Example = request;
        if (ApiProblemCatalogue.ResponseExample(name) is { } answer && operation.Responses is { } responses)
            foreach (var media in responses.Where(r => r.Key.StartsWith('2')).SelectMany(r => r.Value.Content?.Values ?? []))
                if (media is OpenApiMediaType writable)
                    writable.Example = answer;
    }

    private static OpenApiResponse Refusal(int status, string[] codes, OpenApiDocument? document) => new()
    {
        Description = status switch
        {
            StatusCodes.Status401Unauthorized => "No session cookie and no valid station key.",
            StatusCodes.Status403Forbidden => "The caller's role or depot may not do this. Codes: " + Listed(codes),
            _ => "Refused, nothing changed. Codes: " + Listed(codes),
        },
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [ProblemType] = new()
            {
                Schema = new OpenApiSchemaReference(ApiDocumentTransformer.ProblemSchema, document),
                Example = ApiProblemCatalogue.ProblemExample(status, codes[0]),
            },
        },
        Extensions = new Dictionary<string, IOpenApiExtension> { ["x-problem-codes"] = new JsonNodeExtension(Codes(codes)) },
    };

    private static string Listed(string[] codes) => string.Join(", ", codes.Select(c => $"`{c}`"));

    private static System.Text.Json.Nodes.JsonArray Codes(string[] codes) => [.. codes.Select(c => (System.Text.Json.Nodes.JsonNode)c)];
}
