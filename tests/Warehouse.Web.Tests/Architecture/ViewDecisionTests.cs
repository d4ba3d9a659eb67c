using System.Text.RegularExpressions;

namespace Warehouse.Web.Tests.Architecture;

/// Views get their decisions made: links and forms come from tag helpers (so a changed route changes every link),
/// and what a caller may do comes from the page's model, not from role tests in markup.
public sealed partial class ViewDecisionTests
{
    [Fact]
    public void The_feature_folder_has_views_to_scan() =>
        Assert.True(Views().Count > 40, $"only {Views().Count} views found under {FeaturesFolder()}");

    [Fact]
    public void No_view_links_or_posts_to_a_literal_app_url()
    {
        var offenders = Views().SelectMany(v => Lines(v).Where(l => LiteralUrl().IsMatch(l.Text)).Select(l => $"{v.Name}:{l.Number}"))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void No_view_tests_the_callers_roles()
    {
        var offenders = Views().SelectMany(v => Lines(v).Where(l => l.Text.Contains("IsInRole(")).Select(l => $"{v.Name}:{l.Number}"))
            .ToList();
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("<a href=\"/Requests/Details/@r.Id\">", true)]
    [InlineData("<form method=\"post\" action='/Stock'>", true)]
    [InlineData("<button formaction=\"/Labels/Print\">", true)]
    [InlineData("<a asp-controller=\"Requests\" asp-action=\"Details\" asp-route-id=\"@r.Id\">", false)]
    [InlineData("<link href=\"~/css/site.css\" />", false)]
    [InlineData("<a href=\"#\" role=\"button\">", false)]
    public void The_scan_tells_a_literal_app_url_from_a_tag_helper(string line, bool literal) =>
        Assert.Equal(literal, LiteralUrl().IsMatch(line));

    [GeneratedRegex("""\b(href|action|formaction)\s*=\s*["']/""")]
    private static partial Regex LiteralUrl();

    private static IEnumerable<(int Number, string Text)> Lines(FileInfo view) =>
        File.ReadAllLines(view.FullName).Select((text, i) => (i + 1, text));

    private static IReadOnlyList<FileInfo> Views() =>
        new DirectoryInfo(FeaturesFolder()).GetFiles("*.cshtml", SearchOption.AllDirectories);

    private static string FeaturesFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Warehouse.sln")))
            directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Warehouse.sln not found above the tests."),
            "src", "Warehouse.Web", "Features");
    }
}
