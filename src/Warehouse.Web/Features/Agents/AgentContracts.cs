using System.ComponentModel.DataAnnotations;
using Warehouse.Domain.Stations;

namespace Warehouse.Web.Features.Agents;

/// One printer as the agent sees it: its name after `--printer` and the status it read back.
public sealed record AgentPrinterReport([Required] string Name, AgentPrinterStatus Status);

/// What an agent announces when it starts or reconnects: its printers in the keeper's order, and whether it has a scanner.
public sealed record AgentHello([Required] IReadOnlyList<AgentPrinterReport> Printers, bool Scanner = false);

/// The server's answer to an announcement: the station it speaks for and the address each printer has in /Printers.
public sealed record AgentWelcome(string Station, IReadOnlyList<AgentPrinterAddress> Printers, int WaitSeconds, int LeaseSeconds);

/// An announced printer and its `agent://` address.
public sealed record AgentPrinterAddress(string Name, string Address);

/// Fresh statuses of the agent's printers.
public sealed record AgentStatus([Required] IReadOnlyList<AgentPrinterReport> Printers);

/// An agent's request for its next job, with its printers' statuses if it read them since it last called.
public sealed record AgentPoll(IReadOnlyList<AgentPrinterReport>? Printers = null);

/// A job leased to the agent: the bytes to write to its printer, and the lease to name when it reports back.
/// Attempt 2 or more means the job was handed out before and may already be on paper: it prints as a reprint.
public sealed record AgentJob(long Id, string Printer, string Title, int Attempt, string Lease, DateTime LeaseExpiresAt, byte[] Content);

/// How a leased job went: printed (bytes written and the status read back fine) or failed with the printer's status.
public sealed record AgentJobReport([Required] string Lease, IReadOnlyList<AgentPrinterReport>? Printers = null, string? Error = null);

/// A code a scanner on the agent's PC read, forwarded to the station's open scan box.
public sealed record AgentScan([Required] string Code);
