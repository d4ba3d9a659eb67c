using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Printing;

namespace Warehouse.Web.Tests.Agents;

/// The station agent's protocol over the real HTTP pipeline: announce, lease, acknowledge, and a network cut mid-job.
public sealed class AgentProtocolTests
{
    private const string Receipt = "agent://" + AgentFactory.StationName + "/receipt";

    [Fact]
    public async Task A_wrong_station_key_is_refused_with_a_401_problem_and_a_signed_in_user_cannot_act_as_an_agent()
    {
        await using var app = new AgentFactory();
        var stranger = app.CreateClient();
        stranger.DefaultRequestHeaders.Add("X-Station-Key", "wh_not_a_key");
        var refused = await stranger.PostAsJsonAsync("/api/agent/hello", Hello(("receipt", "Online")));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("unauthorized", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        var admin = await app.SignedInClientAsync("admin");
        admin.DefaultRequestHeaders.Add("RequestVerificationToken", await admin.AntiforgeryTokenAsync("/"));
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsJsonAsync("/api/agent/hello", Hello(("receipt", "Online")))).StatusCode);
        await using var db = app.NewDbContext();
        Assert.False(await db.StationAgents.AnyAsync());
    }

    [Fact]
    public async Task A_check_in_at_the_station_is_leased_to_its_agent_and_printed_once_when_acknowledged_not_by_the_server()
    {
        await using var app = new AgentFactory();
        var agent = app.StationClient();
        var welcome = await (await agent.PostAsJsonAsync("/api/agent/hello", Hello(("receipt", "Online"), ("labels", "Online"))))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Receipt, welcome.GetProperty("printers")[0].GetProperty("address").GetString());

        var number = await CheckInAsync(agent, "agent-check-in-1");
        // The server's own worker runs every 50 ms; it must leave the agent printer's job alone.
        await Task.Delay(300);
        await using (var db = app.NewDbContext())
        {
            var job = await db.PrintJobs.Include(j => j.Printer).SingleAsync(j => j.Title == number);
            Assert.Equal(Receipt, job.Printer!.Address);
            Assert.Equal(PrintJobState.Pending, job.State);
            Assert.Equal(0, job.Attempts);
        }
        var leased = await NextAsync(agent);
        Assert.Equal(number, leased.GetProperty("title").GetString());
        Assert.Equal("receipt", leased.GetProperty("printer").GetString());
        Assert.Equal(1, leased.GetProperty("attempt").GetInt32());
        Assert.Contains("入库单", Warehouse.Hardware.EscPos.EscPosDecoder.Decode(leased.GetProperty("content").GetBytesFromBase64()).Text);
        Assert.Equal(HttpStatusCode.NoContent, (await Report(agent, leased, "printed")).StatusCode);

        Assert.Equal(1, await app.PrintedCountAsync(number));
        Assert.Equal(HttpStatusCode.NoContent, (await agent.PostAsJsonAsync("/api/agent/jobs/next?wait=0", new { })).StatusCode);
    }

    [Fact]
    public async Task A_network_cut_mid_job_lets_the_lease_expire_and_the_job_is_leased_again_printed_once_more_at_most_none_lost()
    {
        await using var app = new AgentFactory();
        var agent = app.StationClient();
        await agent.PostAsJsonAsync("/api/agent/hello", Hello(("receipt", "Online")));
        var first = await CheckInAsync(agent, "agent-cut-1");
        var second = await CheckInAsync(agent, "agent-cut-2");

        // The agent takes the first job, writes it, and the network drops before its acknowledgement arrives.
        var cut = await NextAsync(agent);
        Assert.Equal(first, cut.GetProperty("title").GetString());
        // While the first job is leased, the second waits behind it: a printer's jobs go out in order.
        Assert.Equal(HttpStatusCode.NoContent, (await agent.PostAsJsonAsync("/api/agent/jobs/next?wait=0", new { })).StatusCode);
        await Task.Delay(AgentFactory.Lease + TimeSpan.FromMilliseconds(300));

        // Back online: the same job is leased again as a reprint, with the very same bytes.
        var again = await NextAsync(agent);
        Assert.Equal(first, again.GetProperty("title").GetString());
        Assert.Equal(2, again.GetProperty("attempt").GetInt32());
        Assert.Equal(cut.GetProperty("content").GetString(), again.GetProperty("content").GetString());
        // The lost acknowledgement arriving late names a lease that is gone.
        var late = await Report(agent, cut, "printed");
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("AgentLeaseLost", (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await Report(agent, again, "printed")).StatusCode);

        var next = await NextAsync(agent);
        Assert.Equal(second, next.GetProperty("title").GetString());
        Assert.Equal(1, next.GetProperty("attempt").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, (await Report(agent, next, "printed")).StatusCode);
        await using var db = app.NewDbContext();
        var jobs = await db.PrintJobs.Where(j => j.Title == first || j.Title == second).ToListAsync();
        Assert.All(jobs, j => Assert.Equal(PrintJobState.Printed, j.State));
        Assert.Equal([2, 1], jobs.OrderBy(j => j.Id).Select(j => j.Attempts));
    }

    [Fact]
    public async Task A_printer_out_of_paper_shows_on_the_printers_page_and_its_failed_job_is_tried_again()
    {
        await using var app = new AgentFactory();
        var agent = app.StationClient();
        await agent.PostAsJsonAsync("/api/agent/hello", Hello(("receipt", "Online")));
        var number = await CheckInAsync(agent, "agent-paper-1");
        var leased = await NextAsync(agent);
        var failed = await agent.PostAsJsonAsync($"/api/agent/jobs/{leased.GetProperty("id").GetInt64()}/failed", new
        {
            lease = leased.GetProperty("lease").GetString(), error = "PaperOut", printers = new[] { new { name = "receipt", status = "PaperOut" } },
        });
        Assert.Equal(HttpStatusCode.NoContent, failed.StatusCode);

        var admin = await app.SignedInClientAsync("admin", "en");
        var page = await admin.GetStringAsync("/Printers");
        Assert.Contains("data-testid=\"agent-printer-receipt\">Paper out<", page);
        Assert.Contains(">Connected<", page);
        int printerId;
        await using (var db = app.NewDbContext())
        {
            var job = await db.PrintJobs.SingleAsync(j => j.Title == number);
            Assert.Equal((PrintJobState.Pending, "PaperOut"), (job.State, job.LastError));
            printerId = job.PrinterId!.Value;
        }
        var status = await admin.GetFromJsonAsync<JsonElement>($"/Printers/Status/{printerId}");
        Assert.Equal("paperOut", status.GetProperty("state").GetString());
        var stations = await (await app.SignedInClientAsync("admin")).GetStringAsync("/Stations");
        Assert.Contains("缺纸", stations);

        var retried = await NextAsync(agent, new { printers = new[] { new { name = "receipt", status = "Online" } } });
        Assert.Equal((number, 2), (retried.GetProperty("title").GetString(), retried.GetProperty("attempt").GetInt32()));
        Assert.Equal(HttpStatusCode.NoContent, (await Report(agent, retried, "printed")).StatusCode);
        Assert.Equal(1, await app.PrintedCountAsync(number));
    }

    [Fact]
    public async Task An_agent_printer_address_in_the_printer_form_must_name_an_active_station_and_a_printer_name()
    {
        await using var app = new AgentFactory();
        var admin = await app.SignedInClientAsync("admin", "en");
        async Task<string> SaveAsync(string name, string address) => await (await admin.PostFormAsync("/Printers", "/Printers/Create", new()
        {
            ["Name"] = name, ["DepotId"] = "1", ["Address"] = address, ["Paper"] = "Mm80", ["Encoding"] = "Gb18030",
        })).Content.ReadAsStringAsync();

        Assert.Contains("There is no active station named", await SaveAsync("far", "agent://No such desk/receipt"));
        Assert.Contains("is not usable: write agent://STATION/NAME", await SaveAsync("bad", "agent://" + AgentFactory.StationName + "/two words"));
        await SaveAsync("desk", Receipt);
        await using var db = app.NewDbContext();
        Assert.Equal(Receipt, (await db.Printers.SingleAsync(p => p.Name == "desk")).Address);
        Assert.False(await db.Printers.AnyAsync(p => p.Name == "far" || p.Name == "bad"));
    }

    internal static object Hello(params (string Name, string Status)[] printers) =>
        new { printers = printers.Select(p => new { name = p.Name, status = p.Status }).ToArray(), scanner = false };

    internal static async Task<string> CheckInAsync(HttpClient station, string clientId)
    {
        var response = await station.PostAsJsonAsync("/api/receipts", new
        {
            reason = "Purchase", clientId, lines = new object[] { new { code = "WI-FH-0001", quantity = 1 } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
    }

    private static async Task<JsonElement> NextAsync(HttpClient agent, object? body = null)
    {
        var response = await agent.PostAsJsonAsync("/api/agent/jobs/next?wait=5", body ?? new { });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<HttpResponseMessage> Report(HttpClient agent, JsonElement job, string outcome) =>
        agent.PostAsJsonAsync($"/api/agent/jobs/{job.GetProperty("id").GetInt64()}/{outcome}",
            new { lease = job.GetProperty("lease").GetString() });
}
