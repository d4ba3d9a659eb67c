using System.Text;

namespace Warehouse.Benchmarks;

/// The figures measured on each named provider (`--provider`), and their results page with the providers side by side.
public static class ProviderSections
{
    public static async Task RunAsync(Report report, string folder, IReadOnlyList<string> providers, bool latency, bool documents,
        bool throughput, bool quick)
    {
        using var cluster = providers.Contains(BenchDatabase.PostgresName) ? PostgresCluster.Start() : null;
        foreach (var provider in providers)
        {
            BenchDatabase Database(string name) =>
                provider == BenchDatabase.PostgresName ? BenchDatabase.Postgres(cluster!, folder, name) : BenchDatabase.Sqlite(folder, name);
            if (throughput)
                await Sections.LedgerThroughputAsync(report, folder, quick ? 300 : 2000, Database("throughput"));
            if (latency)
                await Sections.LatencyAsync(report, folder, quick ? 300 : 2000, Database("latency"));
            if (documents)
                await DocumentsSection.RunAsync(report, Database("documents"));
        }
    }

    /// One row per figure, a column per provider: `value (pass|short, goal)`.
    public static string ToMarkdown(Report report, string machine, IReadOnlyList<string> providers)
    {
        var text = new StringBuilder();
        text.AppendLine($"Machine: {machine}  ");
        text.AppendLine($"Run: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. Load average: the rows so named; CPU is user + system time " +
            "of the app's process and of the PostgreSQL server's processes (SQLite works inside the app's).");
        text.AppendLine();
        text.AppendLine($"| section | figure | unit | {string.Join(" | ", providers)} |");
        text.AppendLine($"|---|---|---|{string.Concat(providers.Select(_ => "---:|"))}");
        var rows = report.Figures.Select(f => (Figure: f, Provider: providers.FirstOrDefault(p => f.Section.EndsWith(", " + p,
            StringComparison.Ordinal)))).Where(f => f.Provider is not null)
            .GroupBy(f => (Section: f.Figure.Section[..^(f.Provider!.Length + 2)], f.Figure.Name, f.Figure.Unit));
        foreach (var row in rows)
        {
            var cells = providers.Select(p => row.FirstOrDefault(f => f.Provider == p).Figure is { } f
                ? $"{f.Value:0.###}{(f.Met is null ? "" : f.Met.Value ? $" (pass, {f.Goal})" : $" (**short**, {f.Goal})")}" : "");
            text.AppendLine($"| {row.Key.Section} | {row.Key.Name} | {row.Key.Unit} | {string.Join(" | ", cells)} |");
        }
        return text.ToString();
    }
}
