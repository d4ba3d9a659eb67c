using System.Globalization;
using System.Text;

namespace Warehouse.Benchmarks;

/// The crawl's table: each page's p50 and p95 at each size and database, as the role that waited longest saw it; the
/// pages that answered something else than a page; and the slowest five.
public static class CrawlTable
{
    public static void Add(Report report, IReadOnlyList<CrawlResult> results, IReadOnlyList<long> sizes)
    {
        var timed = results.Where(r => r.Status == 200).ToList();
        var runs = timed.Select(r => (r.Database, r.LedgerRows)).Distinct().OrderBy(r => r.LedgerRows).ThenBy(r => r.Database).ToList();
        var worst = timed.GroupBy(r => (r.Page, r.Database, r.LedgerRows))
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.P95)!);
        var text = new StringBuilder();
        text.AppendLine("### 7 page crawl: p50 / p95 in ms, the slowest role's (goal: p95 < 200 ms at 1 M ledger rows)");
        text.AppendLine();
        text.AppendLine("| page | " + string.Join(" | ", runs.Select(r => $"{r.Database} {Rows(r.LedgerRows)}")) + " | slowest role |");
        text.AppendLine("|---|" + string.Concat(runs.Select(_ => "---:|")) + "---|");
        foreach (var page in timed.Select(r => r.Page).Distinct().Order(StringComparer.Ordinal))
        {
            var cells = runs.Select(run => worst.TryGetValue((page, run.Database, run.LedgerRows), out var r)
                ? $"{r.P50:0} / {(r.P95 >= CrawlSection.GoalMs ? $"**{r.P95:0}**" : r.P95.ToString("0", CultureInfo.InvariantCulture))}"
                : "");
            var last = runs.Select(run => worst.GetValueOrDefault((page, run.Database, run.LedgerRows))).LastOrDefault(r => r is not null);
            text.AppendLine($"| {page} | {string.Join(" | ", cells)} | {last?.Role} |");
        }
        text.AppendLine();
        text.AppendLine("Load average (1 min) during the crawl: " + string.Join(", ", runs.Select(run =>
            $"{run.Database} {Rows(run.LedgerRows)} {timed.Where(r => (r.Database, r.LedgerRows) == run).Average(r => r.LoadAverage):0.0}")) +
            " on 2 cores; figures under load are pessimistic.");
        AppendOthers(text, results);
        foreach (var run in runs)
        {
            var slowest = worst.Values.Where(r => (r.Database, r.LedgerRows) == run).OrderByDescending(r => r.P95).ToList();
            var over = slowest.Count(r => r.P95 >= CrawlSection.GoalMs);
            var atMillion = run.LedgerRows == 1_000_000;
            report.Add($"7 page crawl, {run.Database}", $"pages with p95 ≥ 200 ms, {Rows(run.LedgerRows)} ledger rows", over, "pages",
                atMillion ? "0" : "", atMillion ? over == 0 : null);
            foreach (var r in slowest.Take(5))
                report.Add($"7 page crawl, {run.Database}", $"slowest: {r.Page} ({r.Role}) p95, {Rows(run.LedgerRows)}", r.P95, "ms");
        }
        report.AddTable(text.ToString(), results);
    }

    private static void AppendOthers(StringBuilder text, IReadOnlyList<CrawlResult> results)
    {
        // A role turned away (403, or a redirect to sign-in / access denied) is the app working; anything else is listed.
        var others = results.Where(r => r.Status is not (200 or 403 or 302)).GroupBy(r => (r.Page, r.Status)).ToList();
        if (others.Count == 0)
            return;
        text.AppendLine();
        text.AppendLine("Pages not timed (status 0: no typical value to open it with; 599: no answer within 30 s):");
        text.AppendLine();
        text.AppendLine("| page | status | roles | path |");
        text.AppendLine("|---|---:|---|---|");
        foreach (var group in others.OrderBy(g => g.Key.Page, StringComparer.Ordinal))
            text.AppendLine($"| {group.Key.Page} | {group.Key.Status} | {string.Join(", ", group.Select(r => r.Role).Distinct())} | " +
                $"{group.First().Path} |");
    }

    private static string Rows(long rows) => rows >= 1_000_000 ? $"{rows / 1_000_000.0:0.#} M" : $"{rows / 1000:0} k";
}
