using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Warehouse.Web.Features.Api.Documentation;

namespace Warehouse.Web.Tests.Api;

/// The station API's document describes every API action there is, and nothing that is a page.
public sealed partial class OpenApiDocumentTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Fact]
    public async Task Every_api_action_is_in_the_document_under_its_path_and_method_and_no_page_is()
    {
        using var document = await DocumentAsync();
        var documented = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}")).ToHashSet();

        Assert.Equal(ApiActions().Order(), documented.Order());
    }

    [Fact]
    public async Task The_document_describes_the_problem_both_ways_to_sign_in_and_each_actions_refusals()
    {
        using var document = await DocumentAsync();
        var root = document.RootElement;
        var components = root.GetProperty("components");
        Assert.Equal("object", components.GetProperty("schemas").GetProperty("Problem").GetProperty("type").GetString());
        Assert.True(components.GetProperty("schemas").GetProperty("Problem").GetProperty("properties").TryGetProperty("code", out _));
        var schemes = components.GetProperty("securitySchemes");
        Assert.Equal("X-Station-Key", schemes.GetProperty("StationKey").GetProperty("name").GetString());
        Assert.Equal("cookie", schemes.GetProperty("Cookie").GetProperty("in").GetString());

        var issue = root.GetProperty("paths").GetProperty("/api/issues").GetProperty("post");
        var conflict = issue.GetProperty("responses").GetProperty("409");
        Assert.Contains("NotEnoughStock", conflict.GetProperty("x-problem-codes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("#/components/schemas/Problem",
            conflict.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.Equal("CR", issue.GetProperty("requestBody").GetProperty("content").GetProperty("application/json")
            .GetProperty("example").GetProperty("depot").GetString());
        foreach (var operation in Operations(root))
            Assert.True(operation.GetProperty("responses").TryGetProperty("401", out _), "every action answers 401 to a stranger");
    }

    [Fact]
    public void The_catalogue_speaks_of_exactly_the_api_actions_and_only_of_codes_that_exist()
    {
        var actions = ApiControllers().SelectMany(c => ActionsOf(c).Select(m => $"{Name(c)}.{m.Name}")).ToHashSet();
        Assert.Equal(actions.Order(), ApiProblemCatalogue.Actions.Order());
        var unknown = ApiProblemCatalogue.Actions.SelectMany(ApiProblemCatalogue.For).Where(code => ErrorStatuses.Of(code) is null);
        Assert.Empty(unknown);
        Assert.Equal(409, ErrorStatuses.Of("NotEnoughStock"));
        Assert.Equal(403, ErrorStatuses.Of("DepotNotYours"));
    }

    [Fact]
    public async Task A_station_may_read_the_document_and_a_keeper_or_a_stranger_may_not()
    {
        Assert.Equal(HttpStatusCode.OK, (await factory.StationClient().GetAsync("/openapi/v1.json")).StatusCode);
        var keeper = await factory.SignedInClientAsync("keeper");
        Assert.Equal(HttpStatusCode.Forbidden, (await keeper.GetAsync("/openapi/v1.json")).StatusCode);
        var stranger = factory.CreateClient(new() { AllowAutoRedirect = false });
        var refused = await stranger.GetAsync("/openapi/v1.json");
        Assert.Contains("/Account/Login", refused.Headers.Location?.OriginalString ?? "");
    }

    [Fact]
    public async Task The_reference_page_opens_for_an_administrator_with_its_scripts_served_by_the_app_and_for_no_one_else()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var page = await admin.GetAsync("/api/docs/");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotMatch(ExternalReference(), html);
        foreach (Match script in ScriptSource().Matches(html))
        {
            var asset = await admin.GetAsync(new Uri(new Uri("http://localhost/api/docs/"), script.Groups[1].Value));
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        }
        Assert.NotEmpty(ScriptSource().Matches(html));

        var keeper = await factory.SignedInClientAsync("keeper");
        Assert.Equal(HttpStatusCode.Forbidden, (await keeper.GetAsync("/api/docs/")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.StationClient().GetAsync("/api/docs/")).StatusCode);
        var stranger = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync("/api/docs/")).StatusCode);
    }

    private async Task<JsonDocument> DocumentAsync()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var response = await admin.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static IEnumerable<JsonElement> Operations(JsonElement root) =>
        root.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(o => o.Value));

    /// "METHOD /path" of every action on an [ApiController], read off the attributes rather than the running app.
    private static IEnumerable<string> ApiActions() =>
        from controller in ApiControllers()
        let prefix = controller.GetCustomAttribute<RouteAttribute>()?.Template ?? ""
        from action in ActionsOf(controller)
        let verb = action.GetCustomAttribute<HttpMethodAttribute>()!
        let template = string.IsNullOrEmpty(verb.Template) ? prefix : $"{prefix}/{verb.Template}"
        select $"{verb.HttpMethods.Single()} /{RouteParameter().Replace(template, "{$1}")}";

    private static IEnumerable<Type> ApiControllers() =>
        typeof(Program).Assembly.GetTypes().Where(t => !t.IsAbstract && t.IsDefined(typeof(ApiControllerAttribute), inherit: true));

    private static IEnumerable<MethodInfo> ActionsOf(Type controller) =>
        controller.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.IsDefined(typeof(HttpMethodAttribute), inherit: true));

    private static string Name(Type controller) => controller.Name.EndsWith("Controller", StringComparison.Ordinal)
        ? controller.Name[..^"Controller".Length] : controller.Name;

    [GeneratedRegex(@"\{\*?(\w+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"(src|href)\s*=\s*""(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex(@"<script[^>]*\ssrc=""([^""]+)""")]
    private static partial Regex ScriptSource();
}
