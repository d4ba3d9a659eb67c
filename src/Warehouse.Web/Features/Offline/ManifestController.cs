using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Offline;

/// The web app manifest that makes the app installable on a handheld: its name in the caller's language (Chinese
/// unless the caller chose English), its icons and colours. Anonymous, as browsers fetch it without the session.
[AllowAnonymous]
public sealed class ManifestController(IStringLocalizer<SharedResource> localizer) : Controller
{
    /// The colour of the top menu, which the handheld's status bar takes on.
    public const string ThemeColour = "#1f3a5f";

    [HttpGet("/manifest.webmanifest")]
    public IActionResult Index()
    {
        var manifest = new WebAppManifest(
            localizer["Emergency Supplies Reserve"].Value,
            localizer["Warehouse"].Value,
            Url.Action("Issue", "Stock") ?? "/",
            "/",
            "standalone",
            ThemeColour,
            "#ffffff",
            [Icon("icon-192.png", "192x192"), Icon("icon-512.png", "512x512")]);
        return new JsonResult(manifest) { ContentType = "application/manifest+json" };
    }

    private WebAppIcon Icon(string file, string sizes) => new(Url.Content($"~/icons/{file}"), sizes, "image/png", "any maskable");
}

/// The fields of a web app manifest the app fills in (names as the W3C manifest spells them).
public sealed record WebAppManifest(
    [property: System.Text.Json.Serialization.JsonPropertyName("name")] string Name,
    [property: System.Text.Json.Serialization.JsonPropertyName("short_name")] string ShortName,
    [property: System.Text.Json.Serialization.JsonPropertyName("start_url")] string StartUrl,
    [property: System.Text.Json.Serialization.JsonPropertyName("scope")] string Scope,
    [property: System.Text.Json.Serialization.JsonPropertyName("display")] string Display,
    [property: System.Text.Json.Serialization.JsonPropertyName("theme_color")] string ThemeColor,
    [property: System.Text.Json.Serialization.JsonPropertyName("background_color")] string BackgroundColor,
    [property: System.Text.Json.Serialization.JsonPropertyName("icons")] IReadOnlyList<WebAppIcon> Icons);

/// One icon of the manifest.
public sealed record WebAppIcon(
    [property: System.Text.Json.Serialization.JsonPropertyName("src")] string Src,
    [property: System.Text.Json.Serialization.JsonPropertyName("sizes")] string Sizes,
    [property: System.Text.Json.Serialization.JsonPropertyName("type")] string Type,
    [property: System.Text.Json.Serialization.JsonPropertyName("purpose")] string Purpose);
