using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Warehouse.Web.Infrastructure;

/// Views live beside their controller: a controller in Warehouse.Web.Features.Stock finds its views in
/// /Features/Stock/{Controller}/ first, then /Features/Stock/, then /Features/Shared/.
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string Key = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor descriptor)
        {
            var ns = descriptor.ControllerTypeInfo.Namespace ?? "";
            const string root = "Warehouse.Web.Features.";
            context.Values[Key] = ns.StartsWith(root, StringComparison.Ordinal) ? ns[root.Length..].Replace('.', '/') : "";
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(Key, out var feature) && !string.IsNullOrEmpty(feature))
        {
            yield return $"/Features/{feature}/{{1}}/{{0}}.cshtml";
            yield return $"/Features/{feature}/{{0}}.cshtml";
        }
        yield return "/Features/Shared/{0}.cshtml";
        foreach (var location in viewLocations)
            yield return location;
    }
}
