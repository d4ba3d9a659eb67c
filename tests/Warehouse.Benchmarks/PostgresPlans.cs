using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Warehouse.Benchmarks;

/// The pages slow on PostgreSQL with the plans of their slow statements: the cluster's auto_explain writes every statement
/// over <see cref="PostgresCluster.SlowMs"/> with its analyzed plan to the log, and a statement belongs to the page whose
/// fetches were running while it ran (the crawl fetches one page at a time; the app's background work begun during a page's
/// fetches still lands under that page).
public static partial class PostgresPlans
{
    private const int PlansPerPage = 3;
    private const int LinesPerPlan = 40;

    private sealed record Logged(DateTime At, double Ms, string Query, string Plan);

    public static string Markdown(string logPath, IReadOnlyList<CrawlResult> postgres, IReadOnlyList<CrawlResult> sqlite, long size)
    {
        var logged = Read(logPath);
        var text = new StringBuilder();
        text.AppendLine($"### Pages with p95 ≥ {CrawlSection.GoalMs:0} ms on PostgreSQL at {size:N0} ledger rows, and their slow statements");
        text.AppendLine();
        text.AppendLine($"Each statement over {PostgresCluster.SlowMs} ms as auto_explain logged it (`log_analyze`: the plan as run, " +
            $"EXPLAIN ANALYZE); the slowest {PlansPerPage} distinct statements per page.");
        var slow = postgres.Where(r => r.Status == 200).GroupBy(r => r.Page).Select(g => g.MaxBy(r => r.P95)!)
            .Where(r => r.P95 >= CrawlSection.GoalMs).OrderByDescending(r => r.P95).ToList();
        foreach (var page in slow)
        {
            var onSqlite = sqlite.Where(r => r.Page == page.Page && r.Status == 200).Select(r => r.P95).DefaultIfEmpty(double.NaN).Max();
            var only = onSqlite < CrawlSection.GoalMs ? " — **PostgreSQL only**" : "";
            text.AppendLine();
            text.AppendLine($"#### {page.Path} ({page.Role}): p50 {page.P50:0} / p95 {page.P95:0} ms; SQLite p95 " +
                $"{(double.IsNaN(onSqlite) ? "not timed" : onSqlite.ToString("0", CultureInfo.InvariantCulture))} ms{only}");
            var windows = postgres.Where(r => r.Page == page.Page && r.Status == 200).ToList();
            // Begun and ended while the page was fetched: a background job's statement begun before (an export's) is not the page's.
            var statements = logged.Where(l => windows.Any(w => l.At.AddMilliseconds(-l.Ms) >= w.From.AddMilliseconds(-50)
                    && l.At <= w.To.AddMilliseconds(50)))
                .GroupBy(l => Shape(l.Query)).Select(g => g.MaxBy(l => l.Ms)!).OrderByDescending(l => l.Ms).Take(PlansPerPage).ToList();
            text.AppendLine();
            if (statements.Count == 0)
            {
                text.AppendLine($"No statement over {PostgresCluster.SlowMs} ms: the time is spent in many short statements or in the app.");
                continue;
            }
            foreach (var statement in statements)
            {
                text.AppendLine($"{statement.Ms:0} ms:");
                text.AppendLine();
                text.AppendLine("```");
                text.AppendLine(statement.Query.Trim());
                var lines = statement.Plan.Split('\n');
                text.AppendLine(string.Join('\n', lines.Take(LinesPerPlan)).TrimEnd());
                if (lines.Length > LinesPerPlan)
                    text.AppendLine($"… {lines.Length - LinesPerPlan} more plan lines");
                text.AppendLine("```");
                text.AppendLine();
            }
        }
        if (slow.Count == 0)
            text.AppendLine().AppendLine("None.");
        return text.ToString();
    }

    /// The log's auto_explain entries: a first line with the time and the duration, the query text, then the plan.
    private static List<Logged> Read(string logPath)
    {
        var entries = new List<Logged>();
        if (!File.Exists(logPath))
            return entries;
        var current = new List<string>();
        foreach (var line in File.ReadLines(logPath).Append("0000-00-00 00:00:00.000 UTC END"))
        {
            if (!Start().IsMatch(line))
            {
                current.Add(line);
                continue;
            }
            if (current.Count > 0 && Duration().Match(current[0]) is { Success: true } duration)
            {
                var at = DateTime.ParseExact(current[0][..23], "yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
                // The server tabs in every line after the first; the plan starts at its first node, the first line with a cost.
                var body = current.Skip(1).Select(l => l.StartsWith('\t') ? l[1..] : l).ToList();
                var split = body.FindIndex(l => l.Contains("(cost=", StringComparison.Ordinal));
                var query = string.Join('\n', split < 0 ? body : body.Take(split));
                var plan = split < 0 ? "" : string.Join('\n', body.Skip(split));
                entries.Add(new Logged(at, double.Parse(duration.Groups[1].Value, CultureInfo.InvariantCulture),
                    query.Replace("Query Text:", "", StringComparison.Ordinal), plan));
            }
            current = [line];
        }
        return entries;
    }

    /// A statement's text without its literal numbers, so one query run with other ids counts once.
    private static string Shape(string query) => Numbers().Replace(query, "0");

    [GeneratedRegex(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} ")]
    private static partial Regex Start();

    [GeneratedRegex(@"duration: ([\d.]+) ms\s+plan:")]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b\d+\b")]
    private static partial Regex Numbers();
}
