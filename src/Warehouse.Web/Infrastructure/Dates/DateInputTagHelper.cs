using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Warehouse.Web.Infrastructure.Dates;

/// <c>&lt;input wh-date="@day" /&gt;</c>: a day field written and read in the page's culture (2026/10/31 in Chinese,
/// 10/31/2026 in English). A native date picker would show the browser's own format instead, whatever the page's
/// language; <see cref="CultureDateBinder"/> reads what the user types back, in this format or as ISO.
[HtmlTargetElement("input", Attributes = "wh-date")]
public sealed class DateInputTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    private static readonly DateOnly Example = new(2026, 10, 31);

    /// The day the field shows, or null for an empty field.
    [HtmlAttributeName("wh-date")]
    public DateOnly? Day { get; set; }

    /// Writes a text field with the day in the culture's short format and an example of that format as its hint.
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.SetAttribute("type", "text");
        output.Attributes.SetAttribute("inputmode", "numeric");
        output.Attributes.SetAttribute("autocomplete", "off");
        output.Attributes.SetAttribute("value", Format(Day));
        output.Attributes.SetAttribute("placeholder", localizer["e.g. {0}", Format(Example)].Value);
        output.Attributes.SetAttribute("data-date-pattern", CultureInfo.CurrentCulture.DateTimeFormat.ShortDatePattern);
    }

    /// The day in the current culture's short date format, or empty.
    public static string Format(DateOnly? day) => day?.ToString("d", CultureInfo.CurrentCulture) ?? "";
}
