using System.Text;
using System.Text.Json;

namespace Warehouse.Benchmarks;

/// One measured figure, its goal and whether it met it (null where there is no goal, only context).
public sealed record Figure(string Section, string Name, double Value, string Unit, string Goal, bool? Met);

public sealed class Report
{
    private readonly List<Figure> _figures = [];
    private readonly List<string> _tables = [];
    private readonly List<object> _details = [];

    /// A table of its own under the figures (the page crawl's), in Markdown, and its rows for the JSON.
    public void AddTable(string markdown, IEnumerable<object> rows)
    {
        _tables.Add(markdown);
        _details.AddRange(rows);
    }

    public IReadOnlyList<Figure> Figures => _figures;

    public void Add(string section, string name, double value, string unit, string goal = "", bool? met = null)
    {
        _figures.Add(new Figure(section, name, Math.Round(value, 3), unit, goal, met));
        Console.WriteLine($"  {name,-58} {value,12:0.###} {unit,-8} {goal} {(met is null ? "" : met.Value ? "pass" : "SHORT")}");
    }

    public string ToMarkdown(string machine)
    {
        var text = new StringBuilder();
        text.AppendLine($"Machine: {machine}  ");
        text.AppendLine($"Run: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        text.AppendLine("| section | figure | value | unit | goal | result |");
        text.AppendLine("|---|---|---:|---|---|---|");
        foreach (var f in _figures)
            text.AppendLine($"| {f.Section} | {f.Name} | {f.Value:0.###} | {f.Unit} | {f.Goal} | " +
                $"{(f.Met is null ? "" : f.Met.Value ? "pass" : "**short**")} |");
        foreach (var table in _tables)
            text.AppendLine().Append(table);
        return text.ToString();
    }

    public string ToJson(string machine) =>
        JsonSerializer.Serialize(new { machine, runAt = DateTime.UtcNow, figures = _figures, pages = _details },
            new JsonSerializerOptions { WriteIndented = true });
}

public static class Percentiles
{
    public static double Of(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
            return double.NaN;
        var rank = p / 100 * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}
