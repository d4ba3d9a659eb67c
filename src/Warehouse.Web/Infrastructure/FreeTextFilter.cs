using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Common;

namespace Warehouse.Web.Infrastructure;

/// Holds every form post to the one rule for typed text (<see cref="FreeText"/>): a bound string, or a string property
/// of a bound form, that carries control or text-direction characters becomes a form error naming the field, so
/// catalog, station, printer and request forms refuse it the way they refuse any invalid input. Notes and reasons
/// may span lines. The JSON API checks its bodies itself, with problem codes.
public sealed class FreeTextFilter(IStringLocalizer<SharedResource> localizer) : IActionFilter, IOrderedFilter
{
    // Before the API's automatic 400 and before any action reads ModelState.
    public int Order => -3000;

    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (context.Controller is ControllerBase and not Controller)
            return;
        foreach (var (name, value) in context.ActionArguments)
        {
            if (value is string text)
                Check(context, name, text);
            else if (value?.GetType() is { IsClass: true } type
                && type.Namespace?.StartsWith("Warehouse.Web", StringComparison.Ordinal) == true)
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.PropertyType == typeof(string)))
                    Check(context, property.Name, property.GetValue(value) as string);
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }

    private void Check(ActionExecutingContext context, string field, string? text)
    {
        var multiLine = field.EndsWith("Note", StringComparison.OrdinalIgnoreCase)
            || field.EndsWith("Notes", StringComparison.OrdinalIgnoreCase)
            || field.EndsWith("Reason", StringComparison.OrdinalIgnoreCase);
        if (FreeText.Check(field, text, multiLine) is { } error)
            context.ModelState.AddModelError(field, ApiProblems.Localize(error, localizer));
    }
}
