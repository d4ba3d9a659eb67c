using System.Globalization;

namespace Warehouse.Benchmarks;

/// What the shared machine was doing around a figure: the load average, and the CPU time (user + system) a process
/// and its children spent, which other work on the machine moves far less than it moves wall-clock times. Linux only.
public static class MachineLoad
{
    private const double TicksPerSecond = 100;

    /// The one-minute load average.
    public static double Average() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    /// CPU milliseconds a process has used, with its reaped children's and its living children's (a PostgreSQL
    /// postmaster's backends are its children).
    public static double CpuMilliseconds(int processId)
    {
        var total = Ticks(processId, withReaped: true);
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), out var child) && child != processId && ParentOf(child) == processId)
                total += Ticks(child, withReaped: false);
        }
        return total / TicksPerSecond * 1000;
    }

    private static string[]? Fields(int processId)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            // The command name in parentheses may hold spaces; the fields after it are plain.
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static int ParentOf(int processId) => Fields(processId) is { } fields ? int.Parse(fields[1], CultureInfo.InvariantCulture) : -1;

    // After the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
    private static long Ticks(int processId, bool withReaped)
    {
        if (Fields(processId) is not { } fields)
            return 0;
        var own = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return withReaped ? own + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)
            : own;
    }
}
