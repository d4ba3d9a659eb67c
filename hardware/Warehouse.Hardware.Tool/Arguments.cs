namespace Warehouse.Hardware.Tool;

/// <summary>A mistake on the command line; reported with the usage text and exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>Positional arguments and "--name value" options of one command.</summary>
public sealed class Arguments
{
    // Options that are switches and take no value.
    private static readonly HashSet<string> Switches = ["--chinese-default", "--gs1", "--zpl", "--once"];
    private readonly Dictionary<string, List<string>> _options = [];
    private readonly HashSet<string> _switches = [];

    private Arguments(List<string> positional) => Positional = positional;

    /// <summary>Arguments that are not options, in order.</summary>
    public IReadOnlyList<string> Positional { get; }

    /// <summary>Splits <paramref name="args"/>; every option must be one of <paramref name="allowed"/> and have a value.</summary>
    public static Arguments Parse(IEnumerable<string> args, params string[] allowed)
    {
        var positional = new List<string>();
        var parsed = new Arguments(positional);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }
            if (!allowed.Contains(arg))
            {
                throw new UsageException(allowed.Length == 0 ? $"Unknown option {arg}; this command takes none." : $"Unknown option {arg}; expected {string.Join(", ", allowed)}.");
            }
            if (Switches.Contains(arg))
            {
                parsed._switches.Add(arg);
                continue;
            }
            if (!e.MoveNext() || e.Current.StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"Option {arg} needs a value.");
            }
            if (!parsed._options.TryGetValue(arg, out var values))
            {
                parsed._options[arg] = values = [];
            }
            values.Add(e.Current);
        }
        return parsed;
    }

    /// <summary>Whether a switch such as --gs1 was given.</summary>
    public bool Has(string name) => _switches.Contains(name);

    /// <summary>The value of an option (the last one when given more than once), or null when absent.</summary>
    public string? Option(string name) => _options.TryGetValue(name, out var values) ? values[^1] : null;

    /// <summary>Every value of an option that may be given more than once, in order.</summary>
    public IReadOnlyList<string> Options(string name) => _options.TryGetValue(name, out var values) ? values : [];

    /// <summary>The single positional argument <paramref name="what"/> names; a usage error otherwise.</summary>
    public string Single(string what) => Positional.Count == 1
        ? Positional[0]
        : throw new UsageException(Positional.Count == 0 ? $"Missing {what}." : $"Expected one {what}, got {Positional.Count} arguments.");
}
