using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;
using Warehouse.Web.Infrastructure;
using Warehouse.Web.Infrastructure.Dates;

namespace Warehouse.Web.Configuration;

/// Controllers and views organised by feature, antiforgery on every form, and problem details for bad API bodies.
public static class MvcConfiguration
{
    public static IServiceCollection AddWarehouseMvc(this IServiceCollection services)
    {
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<DatabaseConflictFilter>();
                options.Filters.Add<FreeTextFilter>();
                options.ModelMetadataDetailsProviders.Add(new ValidationMessages());
                options.ModelBinderProviders.Insert(0, new CultureDateBinderProvider());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddJsonOptions(options => options.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>(ValidationMessages.Localize);
        services.Configure<RazorViewEngineOptions>(options => options.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));
        // Razor would otherwise write every Chinese character as an entity: pages three times the size, unreadable source.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddProblemDetails();
        services.Configure<ApiBehaviorOptions>(options => options.InvalidModelStateResponseFactory = MalformedBody);
        return services;
    }

    private static IActionResult MalformedBody(ActionContext context)
    {
        var errors = context.ModelState.Where(e => e.Value?.Errors.Count > 0)
            .ToDictionary(e => e.Key, e => e.Value!.Errors.Select(x => string.IsNullOrEmpty(x.ErrorMessage) ? "invalid" : x.ErrorMessage)
                .ToArray());
        var result = ApiProblems.Result(StatusCodes.Status400BadRequest, "MalformedBody",
            "The request body is malformed or incomplete: " + string.Join(" ",
                errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        ((ProblemDetails)result.Value!).Extensions["errors"] = errors;
        return result;
    }
}
