using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Benchmarks;

/// One GET page of the app: its name ("Controller.Action"), and the route values it needs beyond controller and action
/// (a detail page's id, number or code), empty for a list with its default filters.
public sealed record CrawlPage(string Name, string Controller, string Action, string? Area, IReadOnlyList<string> Needs,
    string Template, RouteEndpoint Endpoint);

/// Every GET page of the app, read from the app's own endpoints (the same ones its routing serves), so a page added
/// tomorrow is crawled without touching the benchmark.
public static class CrawlPages
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        // A sign-out link, the OpenAPI JSON, the live hub and pages that only answer inside a flow (a one-time set-up
        // token, an error re-execution) are not pages a person opens.
        "Account.Logout", "Home.Error", "Home.Status", "Setup.Index",
    };

    /// The pages and the app's link generator, from an in-process build of the app's endpoints (nothing is served).
    public static (IReadOnlyList<CrawlPage> Pages, TemplateBinderFactory Links) Read()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            // The app's assembly is where its controllers are found, as when it runs on its own.
            ApplicationName = typeof(WarehouseApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration["ConnectionStrings:Warehouse"] = "Data Source=:memory:";
        builder.AddWarehouse();
        var app = builder.Build();
        app.UseWarehouse();
        var endpoints = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().ToList();
        var pages = new Dictionary<string, CrawlPage>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is not { } action)
                continue;
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if (methods is { Count: > 0 } && !methods.Contains("GET"))
                continue;
            var name = $"{action.ControllerName}.{action.ActionName}";
            if (Skipped.Contains(name) || pages.ContainsKey(name))
                continue;
            var needs = action.MethodInfo.GetParameters()
                .Where(p => !p.HasDefaultValue && p.ParameterType != typeof(CancellationToken))
                .Where(p => endpoint.RoutePattern.GetParameter(p.Name!) is { IsOptional: false, Default: null }
                    || (p.Name == "id" && p.ParameterType.IsValueType && Nullable.GetUnderlyingType(p.ParameterType) is null))
                .Select(p => p.Name!).ToList();
            action.RouteValues.TryGetValue("area", out var area);
            pages[name] = new CrawlPage(name, action.ControllerName, action.ActionName, area, needs,
                endpoint.RoutePattern.RawText ?? "", endpoint);
        }
        return ([.. pages.Values.OrderBy(p => p.Name, StringComparer.Ordinal)], app.Services.GetRequiredService<TemplateBinderFactory>());
    }

    /// The path of a page with the given route values, bound to its own route template as the app's links are.
    public static string? PathOf(TemplateBinderFactory binders, CrawlPage page, IReadOnlyDictionary<string, string> values)
    {
        var route = new RouteValueDictionary(page.Endpoint.RoutePattern.RequiredValues);
        foreach (var need in page.Needs)
            route[need] = values[need];
        var binder = binders.Create(page.Endpoint.RoutePattern);
        var accepted = binder.GetValues(null, route);
        return accepted is null ? null : binder.BindValues(accepted.AcceptedValues) is { } path ? "/" + path.Split('?')[0].TrimStart('/') : null;
    }
}
