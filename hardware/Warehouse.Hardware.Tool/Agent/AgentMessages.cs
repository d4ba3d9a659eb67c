using System.Text.Json;
using System.Text.Json.Serialization;

namespace Warehouse.Hardware.Tool.Agent;

/// <summary>A printer's name and the status the agent read back from it, as the server's API names them.</summary>
public sealed record PrinterReport(string Name, string Status);

/// <summary>The agent's announcement: its printers in order, and whether a scanner is attached.</summary>
public sealed record Hello(IReadOnlyList<PrinterReport> Printers, bool Scanner);

/// <summary>The server's answer to the announcement.</summary>
public sealed record Welcome(string Station, IReadOnlyList<WelcomePrinter> Printers, int WaitSeconds, int LeaseSeconds);

/// <summary>An announced printer and its address in the server's /Printers.</summary>
public sealed record WelcomePrinter(string Name, string Address);

/// <summary>The agent's request for its next job, with its printers' statuses.</summary>
public sealed record Poll(IReadOnlyList<PrinterReport> Printers);

/// <summary>A job leased to the agent.</summary>
public sealed record LeasedJob(long Id, string Printer, string Title, int Attempt, string Lease, DateTime LeaseExpiresAt, byte[] Content);

/// <summary>How a leased job went.</summary>
public sealed record JobReport(string Lease, IReadOnlyList<PrinterReport> Printers, string? Error);

/// <summary>A scan forwarded to the station's scan box.</summary>
public sealed record ForwardedScan(string Code);

/// <summary>Reads and writes the agent's messages without reflection, so the tool publishes as a trimmed single file.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Hello))]
[JsonSerializable(typeof(Welcome))]
[JsonSerializable(typeof(Poll))]
[JsonSerializable(typeof(LeasedJob))]
[JsonSerializable(typeof(JobReport))]
[JsonSerializable(typeof(ForwardedScan))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class AgentJson : JsonSerializerContext;
