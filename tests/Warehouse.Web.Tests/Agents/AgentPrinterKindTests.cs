using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Data.Printing;
using Warehouse.Domain.Printing;

namespace Warehouse.Web.Tests.Agents;

/// A station with no default printer prints through its agent by kind: receipts on the first receipt printer the agent
/// announced, labels on the first label printer, even when the label printer was announced first.
public sealed class AgentPrinterKindTests
{
    [Fact]
    public async Task Receipts_take_the_agents_first_receipt_printer_and_labels_its_first_label_printer()
    {
        await using var app = new AgentFactory();
        var agent = app.StationClient();
        var hello = await agent.PostAsJsonAsync("/api/agent/hello",
            AgentProtocolTests.Hello(("labels", "Online"), ("receipt", "Online"), ("spare", "Online")));
        Assert.Equal(HttpStatusCode.OK, hello.StatusCode);
        int receipt, labels, station, depot;
        await using (var db = app.NewDbContext())
        {
            var printers = await db.Printers.Where(p => p.Address.StartsWith("agent://"))
                .ToDictionaryAsync(p => p.Address[(p.Address.LastIndexOf('/') + 1)..]);
            printers["labels"].UseForLabels(new LabelSettings(60, 40, 203, LabelSettings.DefaultFont));
            var demo = await db.Stations.SingleAsync(s => s.Name == AgentFactory.StationName);
            demo.PrintTo(null);
            await db.SaveChangesAsync();
            (receipt, labels, station, depot) = (printers["receipt"].Id, printers["labels"].Id, demo.Id, demo.DepotId);
        }

        var number = await AgentProtocolTests.CheckInAsync(agent, "agent-kind-1");

        await using var check = app.NewDbContext();
        Assert.Equal(receipt, await check.PrintJobs.Where(j => j.Title == number).Select(j => j.PrinterId).SingleAsync());
        Assert.Equal(receipt, await PrinterChoice.ForAsync(check, depot, station));
        Assert.Equal(labels, await LabelPrinterChoice.ForAsync(check, depot, station));
    }
}
