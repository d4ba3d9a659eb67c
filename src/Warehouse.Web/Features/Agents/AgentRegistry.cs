using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Warehouse.Data;
using Warehouse.Data.Auditing;
using Warehouse.Data.Stock;
using Warehouse.Domain.Auditing;
using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;
using Warehouse.Domain.Stations;

namespace Warehouse.Web.Features.Agents;

/// Takes a station agent's announcements and status reports. Each printer an agent announces prints as a printer
/// record addressed `agent://STATION/NAME`; one is made at the station's depot the first time the name is heard,
/// so a new agent prints without any set-up, and the administrator may rename or re-paper it in /Printers.
public sealed class AgentRegistry(WarehouseDbContext db, AuditTrail audit, BureauClock clock, IOptions<AgentOptions> options)
{
    public const int MaxPrinters = 10;

    public async Task<Outcome<AgentWelcome>> AnnounceAsync(int stationId, AgentHello hello, CancellationToken cancellationToken)
    {
        if (Refusal(hello.Printers) is { } refused)
            return refused;
        var station = await db.Stations.SingleAsync(s => s.Id == stationId, cancellationToken);
        var agent = await LoadAsync(stationId, cancellationToken);
        agent.Announce(hello.Printers.Select(p => (p.Name, p.Status)).ToList(), hello.Scanner, clock.UtcNow);
        var addresses = new List<AgentPrinterAddress>();
        foreach (var printer in agent.Printers.OrderBy(p => p.Position))
        {
            var address = AgentAddress.Of(station.Name, printer.Name);
            var record = await db.Printers.FirstOrDefaultAsync(p => p.Address == address, cancellationToken)
                ?? await RegisterAsync(station, printer.Name, address, cancellationToken);
            printer.PrintsAs(record.Id);
            addresses.Add(new(printer.Name, address));
        }
        await db.SaveChangesAsync(cancellationToken);
        var o = options.Value;
        return new AgentWelcome(station.Name, addresses, (int)o.Wait.TotalSeconds, (int)o.Lease.TotalSeconds);
    }

    /// Takes fresh statuses of printers the agent announced before.
    public async Task ReportAsync(int stationId, IReadOnlyList<AgentPrinterReport>? printers, CancellationToken cancellationToken)
    {
        var agent = await LoadAsync(stationId, cancellationToken);
        agent.Report((printers ?? []).Select(p => (p.Name, p.Status)), clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<StationAgent> LoadAsync(int stationId, CancellationToken cancellationToken)
    {
        var agent = await db.StationAgents.Include(a => a.Printers).SingleOrDefaultAsync(a => a.StationId == stationId, cancellationToken);
        if (agent is null)
            db.StationAgents.Add(agent = new StationAgent(stationId, clock.UtcNow));
        return agent;
    }

    private static DomainError? Refusal(IReadOnlyList<AgentPrinterReport>? printers)
    {
        if (printers is null || printers.Count is 0 or > MaxPrinters
            || printers.Select(p => p.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != printers.Count)
            return Errors.AgentPrintersRequired();
        return printers.FirstOrDefault(p => !AgentAddress.IsPrinterName(p.Name)) is { } bad
            ? Errors.AgentPrinterNameInvalid(bad.Name)
            : null;
    }

    private async Task<Printer> RegisterAsync(Station station, string name, string address, CancellationToken cancellationToken)
    {
        var title = $"{station.Name}/{name}";
        title = title.Length <= 60 ? title : title[..60];
        if (await db.Printers.AnyAsync(p => p.Name == title, cancellationToken))
            title = $"{title[..Math.Min(title.Length, 50)]} #{station.Id}";
        var printer = new Printer(title, station.DepotId, address, PaperSize.Mm80, ReceiptEncoding.Gb18030);
        db.Printers.Add(printer);
        audit.Record(AuditActions.PrinterCreated, $"printer {printer.Name}", address);
        await db.SaveChangesAsync(cancellationToken);
        return printer;
    }
}
