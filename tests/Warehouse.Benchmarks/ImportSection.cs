using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Warehouse.Benchmarks;

/// 6: the Excel import of a bureau's first day, over real HTTP against the app as its own process on a freshly seeded
/// SQLite file: a 10,000-item workbook, then 50,000 opening-stock lines of those items, each previewed and committed.
public static partial class ImportSection
{
    private const string Section = "6 import";
    private static readonly string[] Bins = ["A-01-01", "A-01-02", "A-02-01", "A-02-02", "A-03-01"];

    public static async Task RunAsync(Report report, string folder, int items, int lines)
    {
        Console.WriteLine($"  generating a {items:N0}-item and a {lines:N0}-line workbook…");
        var catalog = ImportWorkbooks.Items(items);
        var stock = ImportWorkbooks.OpeningStock(lines, items, Bins);
        await using var server = await ServerProcess.StartAsync(Path.Combine(folder, "import.db"),
            settings: new Dictionary<string, string>
            {
                ["Security__RequireMfa"] = "false",
                // The app's errors to standard error, which the benchmark shows: a job that fails says why.
                ["Logging__Console__LogToStandardErrorThreshold"] = "Error",
            }, patience: TimeSpan.FromMinutes(5));
        var client = await ImportClient.SignInAsync(server.BaseUrl);
        await MeasureAsync(report, client, catalog, $"{items / 1000:N0} k items");
        await MeasureAsync(report, client, stock, $"{lines / 1000:N0} k opening-stock lines");
    }

    private static async Task MeasureAsync(Report report, ImportClient client, byte[] file, string label)
    {
        var watch = Stopwatch.StartNew();
        var preview = await client.PreviewAsync(file);
        var previewed = watch.Elapsed.TotalSeconds;
        var written = await client.CommitAsync(preview);
        var total = watch.Elapsed.TotalSeconds;
        if (!Added(written, out var added))
            throw new InvalidOperationException($"The import of {label} was not written: {Excerpt(written)}");
        report.Add(Section, $"{label} ({file.Length / 1024:N0} KiB): preview", previewed, "s");
        report.Add(Section, $"{label}: commit (read again, checked, written)", total - previewed, "s");
        report.Add(Section, $"{label}: preview + commit, {added:N0} rows added", total, "s", "< 60 s", total < 60);
    }

    private static bool Added(string page, out int added)
    {
        var match = AddedCount().Match(page);
        added = match.Success ? int.Parse(match.Groups[1].Value) : 0;
        return page.Contains("data-import-written", StringComparison.Ordinal) && added > 0;
    }

    /// The page's stage and what it says went wrong, without its menu.
    private static string Excerpt(string page)
    {
        var start = page.IndexOf("data-import-job", StringComparison.Ordinal);
        var text = Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(page[Math.Max(0, start)..], "<[^>]+>", " ")), "\\s+", " ");
        return text[..Math.Min(text.Length, 800)];
    }

    [GeneratedRegex("新增：(\\d+)")]
    private static partial Regex AddedCount();
}
