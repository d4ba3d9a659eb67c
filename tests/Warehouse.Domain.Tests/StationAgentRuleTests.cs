using Warehouse.Domain.Common;
using Warehouse.Domain.Printing;
using Warehouse.Domain.Stations;

namespace Warehouse.Domain.Tests;

public sealed class StationAgentRuleTests
{
    private static readonly DateTime Noon = new(2026, 7, 14, 4, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void An_agent_is_connected_within_the_window_after_its_last_call_and_last_seen_after_it()
    {
        var agent = new StationAgent(1, Noon);
        Assert.True(agent.IsConnected(Noon.AddSeconds(60), TimeSpan.FromSeconds(60)));
        Assert.False(agent.IsConnected(Noon.AddSeconds(61), TimeSpan.FromSeconds(60)));
        agent.Seen(Noon.AddMinutes(5));
        Assert.True(agent.IsConnected(Noon.AddMinutes(5).AddSeconds(1), TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public void An_announcement_keeps_the_keepers_order_and_forgets_printers_no_longer_named()
    {
        var agent = new StationAgent(1, Noon);
        agent.Announce([("receipt", AgentPrinterStatus.Online), ("labels", AgentPrinterStatus.PaperOut)], hasScanner: true, Noon);
        agent.Announce([("labels", AgentPrinterStatus.Online), ("slips", AgentPrinterStatus.CoverOpen)], hasScanner: false, Noon);

        Assert.Equal(["labels", "slips"], agent.Printers.OrderBy(p => p.Position).Select(p => p.Name));
        Assert.Equal([AgentPrinterStatus.Online, AgentPrinterStatus.CoverOpen], agent.Printers.OrderBy(p => p.Position).Select(p => p.Status));
        Assert.False(agent.HasScanner);
        agent.Report([("slips", AgentPrinterStatus.Online), ("unknown", AgentPrinterStatus.PaperOut)], Noon.AddSeconds(5));
        Assert.All(agent.Printers, p => Assert.Equal(AgentPrinterStatus.Online, p.Status));
    }

    [Theory]
    [InlineData("agent://中心库收发台/receipt", "agent://中心库收发台/receipt")]
    [InlineData(" AGENT://Desk 1/labels-80 ", "agent://Desk 1/labels-80")]
    public void An_agent_printer_address_is_stored_in_one_form(string typed, string stored) =>
        Assert.Equal(stored, Printer.NormalizeAddress(typed));

    [Theory]
    [InlineData("agent://desk")]
    [InlineData("agent:///receipt")]
    [InlineData("agent://desk/two words")]
    [InlineData("agent://desk/")]
    public void A_malformed_agent_printer_address_is_refused(string address)
    {
        var refused = Assert.Throws<DomainException>(() => Printer.NormalizeAddress(address));
        Assert.Equal("AgentAddressInvalid", refused.Error.Code);
    }
}
