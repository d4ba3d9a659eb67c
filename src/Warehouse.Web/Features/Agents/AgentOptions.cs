namespace Warehouse.Web.Features.Agents;

/// `Agents:*` in configuration: how station agents are served.
public sealed class AgentOptions
{
    public const string Section = "Agents";

    /// How long the server holds an agent's request for a job open before answering "nothing yet".
    public TimeSpan Wait { get; set; } = TimeSpan.FromSeconds(25);

    /// How long a job leased to an agent stays its own; after that (agent, PC or network gone) it is leased again.
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    /// An agent that called within this time is shown as connected.
    public TimeSpan ConnectedWithin { get; set; } = TimeSpan.FromSeconds(60);

    /// How often a waiting request looks for a new job.
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);
}
