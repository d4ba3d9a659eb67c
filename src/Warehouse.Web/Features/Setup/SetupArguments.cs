namespace Warehouse.Web.Features.Setup;

/// The `setup` command's own options; anything else is host configuration (`--ConnectionStrings:Warehouse=…`).
public sealed record SetupArguments(string? Admin, string? DisplayName, string? Bureau, string? TimeZone, bool PasswordGiven,
    string[] HostArguments)
{
    private static readonly string[] Own = ["--admin", "--display-name", "--bureau", "--time-zone"];

    public static SetupArguments Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>();
        var host = new List<string>();
        var passwordGiven = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i].Split('=', 2)[0];
            if (name.StartsWith("--password", StringComparison.OrdinalIgnoreCase))
                passwordGiven = true;
            else if (Own.Contains(name) && args[i].Contains('='))
                values[name] = args[i].Split('=', 2)[1];
            else if (Own.Contains(name) && i + 1 < args.Count)
                values[name] = args[++i];
            else
                host.Add(args[i]);
        }
        return new SetupArguments(values.GetValueOrDefault("--admin"), values.GetValueOrDefault("--display-name"),
            values.GetValueOrDefault("--bureau"), values.GetValueOrDefault("--time-zone"), passwordGiven, [.. host]);
    }
}
