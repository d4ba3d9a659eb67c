using System.Net;
using System.Text.RegularExpressions;

namespace Warehouse.Web.Tests.Localization;

/// Date filters are shown and read in the page's culture, and read as ISO whatever the language.
public sealed partial class DateFilterTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    [Theory]
    [InlineData("zh-CN", "2026/10/31", "2026/10/31")]
    [InlineData("zh-CN", "2026-10-31", "2026/10/31")]
    [InlineData("en", "10/31/2026", "10/31/2026")]
    [InlineData("en", "2026-10-31", "10/31/2026")]
    public async Task A_ledger_date_filter_is_read_in_the_culture_or_as_iso_and_shown_in_the_culture(string language, string typed,
        string shown)
    {
        var client = await factory.SignedInClientAsync("auditor", language);

        var response = await client.GetAsync($"/Stock/Ledger?from={Uri.EscapeDataString(typed)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var field = Field().Match(await response.Content.ReadAsStringAsync(), 0);
        Assert.True(field.Success, "no from field");
        Assert.Contains("type=\"text\"", field.Value);
        Assert.Contains($"value=\"{shown}\"", field.Value);
    }

    [Fact]
    public async Task A_day_typed_in_chinese_filters_the_ledger_exactly_as_the_same_day_in_iso()
    {
        var client = await factory.SignedInClientAsync("auditor");
        var tomorrow = DateTime.Now.AddDays(1);

        var chinese = await client.GetStringAsync($"/Stock/Ledger?to={tomorrow:yyyy'/'M'/'d}");
        var iso = await client.GetStringAsync($"/Stock/Ledger?to={tomorrow:yyyy-MM-dd}");
        var beforeAnything = await client.GetStringAsync("/Stock/Ledger?to=2000/1/1");

        Assert.Equal(Rows().Match(iso).Value, Rows().Match(chinese).Value);
        Assert.Contains("<td", Rows().Match(chinese).Value);
        Assert.DoesNotContain("<td", Rows().Match(beforeAnything).Value);
    }

    [Fact]
    public async Task The_transfer_times_report_shows_its_default_period_in_the_culture()
    {
        var chinese = await (await factory.SignedInClientAsync("auditor")).GetStringAsync("/Reports/TransferTimes");
        var english = await (await factory.SignedInClientAsync("auditor", "en")).GetStringAsync("/Reports/TransferTimes");

        Assert.Matches(@"id=""to""[^>]*value=""\d{4}/\d{1,2}/\d{1,2}""|value=""\d{4}/\d{1,2}/\d{1,2}""[^>]*id=""to""", chinese);
        Assert.Matches(@"id=""to""[^>]*value=""\d{1,2}/\d{1,2}/\d{4}""|value=""\d{1,2}/\d{1,2}/\d{4}""[^>]*id=""to""", english);
    }

    [Fact]
    public async Task A_day_that_is_no_day_is_refused_with_a_message_in_the_pages_language()
    {
        var client = await factory.SignedInClientAsync("auditor");

        var response = await client.GetAsync("/Stock/Ledger?from=2026/13/45");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("2026/13/45", html);
        Assert.DoesNotContain("is not valid", html);
    }

    [GeneratedRegex(@"<input[^>]*id=""from""[^>]*>")]
    private static partial Regex Field();

    [GeneratedRegex(@"<tbody>.*?</tbody>", RegexOptions.Singleline)]
    private static partial Regex Rows();
}
