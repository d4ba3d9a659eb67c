namespace Warehouse.Domain.Stations;

/// The program on a keeper's PC that drives the station's printers and scanner. It calls the server, never the
/// other way round; the server knows it only by when it last called and what it last announced.
public sealed class StationAgent
{
    private readonly List<AgentPrinter> _printers = [];

    private StationAgent() { }

    public StationAgent(int stationId, DateTime atUtc)
    {
        StationId = stationId;
        LastSeenAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
    }

    public int StationId { get; private set; }
    public DateTime LastSeenAt { get; private set; }
    public bool HasScanner { get; private set; }
    public IReadOnlyList<AgentPrinter> Printers => _printers;

    /// Whether the agent called within <paramref name="window"/> before <paramref name="nowUtc"/>.
    public bool IsConnected(DateTime nowUtc, TimeSpan window) => nowUtc - LastSeenAt <= window;

    public void Seen(DateTime atUtc) => LastSeenAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);

    /// Takes the agent's announcement: its printers in the keeper's order, each with its status, and whether a
    /// scanner is attached. Printers it no longer names are forgotten.
    public void Announce(IReadOnlyList<(string Name, AgentPrinterStatus Status)> printers, bool hasScanner, DateTime atUtc)
    {
        Seen(atUtc);
        HasScanner = hasScanner;
        _printers.RemoveAll(p => printers.All(n => n.Name != p.Name));
        for (var i = 0; i < printers.Count; i++)
        {
            var (name, status) = printers[i];
            var printer = _printers.FirstOrDefault(p => p.Name == name);
            if (printer is null)
                _printers.Add(printer = new AgentPrinter(StationId, name));
            printer.Report(i, status, atUtc);
        }
    }

    /// Takes a fresh status of printers the agent announced before; names it never announced are ignored.
    public void Report(IEnumerable<(string Name, AgentPrinterStatus Status)> statuses, DateTime atUtc)
    {
        Seen(atUtc);
        foreach (var (name, status) in statuses)
            _printers.FirstOrDefault(p => p.Name == name)?.Report(null, status, atUtc);
    }
}

/// One printer an agent announced, its place in the agent's list, its last status and the printer record it prints as.
public sealed class AgentPrinter
{
    private AgentPrinter() { }

    internal AgentPrinter(int stationId, string name)
    {
        StationId = stationId;
        Name = name;
    }

    public int Id { get; private set; }
    public int StationId { get; private set; }
    public string Name { get; private set; } = "";
    public int Position { get; private set; }
    public AgentPrinterStatus Status { get; private set; }
    public DateTime ReportedAt { get; private set; }
    public int? PrinterId { get; private set; }

    public void PrintsAs(int printerId) => PrinterId = printerId;

    internal void Report(int? position, AgentPrinterStatus status, DateTime atUtc)
    {
        Position = position ?? Position;
        Status = status;
        ReportedAt = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
    }
}
