using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Data;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;
using Warehouse.Domain.Stations;

namespace Warehouse.Web.Features.Agents;

/// A station's agent as the printers and stations pages show it.
public sealed record AgentView(int StationId, string Station, bool Connected, DateTime LastSeenAt, bool HasScanner,
    IReadOnlyList<AgentPrinterView> Printers);

/// One of an agent's printers: its name, address and live status ("offline" while its agent is not connected).
public sealed record AgentPrinterView(string Name, string Address, AgentPrinterStatus Status)
{
    /// The state word the printer status badges use.
    public string State => Status switch
    {
        AgentPrinterStatus.Online => "online",
        AgentPrinterStatus.PaperOut => "paperOut",
        AgentPrinterStatus.CoverOpen => "coverOpen",
        AgentPrinterStatus.Error => "error",
        AgentPrinterStatus.Unknown => "unknown",
        _ => "offline",
    };

    /// The resource key of the status's words.
    public string Text => Status switch
    {
        AgentPrinterStatus.Online => "Online",
        AgentPrinterStatus.PaperOut => "Paper out",
        AgentPrinterStatus.CoverOpen => "Cover open",
        AgentPrinterStatus.Error => "Printer error",
        AgentPrinterStatus.Unknown => "This printer cannot report its status",
        _ => "Offline",
    };
}

/// Reads the station agents: whether each is connected or when it was last seen, and how its printers are.
public sealed class AgentViews(WarehouseDbContext db, BureauClock clock, IOptions<AgentOptions> options)
{
    public async Task<IReadOnlyList<AgentView>> AllAsync(CancellationToken cancellationToken)
    {
        var agents = await db.StationAgents.AsNoTracking().Include(a => a.Printers).ToListAsync(cancellationToken);
        var ids = agents.Select(a => a.StationId).ToList();
        var names = await db.Stations.AsNoTracking().Where(s => ids.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var now = clock.UtcNow;
        return agents.Select(a => View(a, names[a.StationId], now)).OrderBy(a => a.Station, StringComparer.Ordinal).ToList();
    }

    /// The status of the agent printer at <paramref name="address"/>; null when no agent announced it.
    public async Task<AgentPrinterView?> PrinterAsync(string address, CancellationToken cancellationToken)
    {
        if (!AgentAddress.TryParse(address, out var station, out var name))
            return null;
        var all = await AllAsync(cancellationToken);
        return all.Where(a => a.Station == station).SelectMany(a => a.Printers).FirstOrDefault(p => p.Name == name);
    }

    private AgentView View(StationAgent agent, string station, DateTime now)
    {
        var connected = agent.IsConnected(now, options.Value.ConnectedWithin);
        var printers = agent.Printers.OrderBy(p => p.Position)
            .Select(p => new AgentPrinterView(p.Name, AgentAddress.Of(station, p.Name), connected ? p.Status : AgentPrinterStatus.Offline))
            .ToList();
        return new AgentView(agent.StationId, station, connected, agent.LastSeenAt, agent.HasScanner, printers);
    }
}
