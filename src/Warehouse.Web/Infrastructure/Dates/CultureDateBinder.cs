using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Warehouse.Web.Infrastructure.Dates;

/// Binds a typed day (a filter's from/to) in the page's culture — 2026/10/31 in Chinese, 10/31/2026 in English — or
/// as ISO 2026-10-31, which links and scripts use whatever the language. MVC would read query strings invariantly,
/// so a Chinese day typed into a filter would otherwise depend on the invariant culture's leniency.
public sealed class CultureDateBinder : IModelBinder
{
    /// Reads the day, or records the framework's localized "not valid" message and binds nothing.
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
            return Task.CompletedTask;
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var text = result.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (!bindingContext.ModelMetadata.IsReferenceOrNullableType)
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                    bindingContext.ModelMetadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(result.FirstValue ?? ""));
            return Task.CompletedTask;
        }
        if (TryParse(text, CultureInfo.CurrentCulture, out var day))
            bindingContext.Result = ModelBindingResult.Success(day);
        else
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text,
                    bindingContext.ModelMetadata.GetDisplayName()));
        return Task.CompletedTask;
    }

    /// ISO first, then the culture's short date, then whatever else the culture reads as a day.
    public static bool TryParse(string text, CultureInfo culture, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
        || DateOnly.TryParseExact(text, culture.DateTimeFormat.ShortDatePattern, culture, DateTimeStyles.None, out day)
        || DateOnly.TryParse(text, culture, DateTimeStyles.None, out day);
}

/// Hands <see cref="CultureDateBinder"/> every <see cref="DateOnly"/> a request binds.
public sealed class CultureDateBinderProvider : IModelBinderProvider
{
    /// The binder for a day, nullable or not; none for anything else.
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateOnly) ? new CultureDateBinder() : null;
}
