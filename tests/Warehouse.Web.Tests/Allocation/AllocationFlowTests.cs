using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Allocation;

namespace Warehouse.Web.Tests.Allocation;

/// One request from draft to closed through the pages and the scan API, role by role, over HTTP.
public sealed partial class AllocationFlowTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private async Task<(int Id, int Version, RequestState State)> RequestAsync(string incident)
    {
        await using var db = factory.NewDbContext();
        var r = await db.AllocationRequests.AsNoTracking().OrderByDescending(x => x.Id).FirstAsync(x => x.Incident == incident);
        return (r.Id, r.Version, r.State);
    }

    private static async Task<HttpResponseMessage> FireAsync(HttpClient client, int id, int version, string trigger, string? reason = null)
    {
        var fields = new Dictionary<string, string> { ["version"] = version.ToString(), ["trigger"] = trigger };
        if (reason is not null)
            fields["reason"] = reason;
        return await client.PostFormAsync($"/Requests/Details/{id}", $"/Requests/Fire/{id}", fields);
    }

    private async Task<int> DraftAsync(HttpClient dept, string incident, string item = "FH-0001", int quantity = 5)
    {
        var created = await dept.PostFormAsync("/Requests/Create", "/Requests/Create", new()
        {
            ["Incident"] = incident, ["Level"] = "II", ["NeededBy"] = DateTime.Now.AddHours(2).ToString("yyyy-MM-ddTHH:mm"),
            ["DestinationKind"] = "Township", ["DestinationName"] = "青石乡", ["Latitude"] = "30.31", ["Longitude"] = "120.12",
            ["ContactName"] = "李明", ["ContactPhone"] = "13800000000", ["Lines[0].ItemCode"] = item, ["Lines[0].Quantity"] = quantity.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return (await RequestAsync(incident)).Id;
    }

    [Fact]
    public async Task A_request_goes_from_draft_to_closed_role_by_role_and_its_times_show()
    {
        var dept = await factory.SignedInClientAsync("dept");
        var manager = await factory.SignedInClientAsync("manager");
        var keeper = await factory.SignedInClientAsync("keeper");
        const string incident = "测试：澜江决口";

        var id = await DraftAsync(dept, incident);
        Assert.Equal(HttpStatusCode.Redirect, (await FireAsync(dept, id, (await RequestAsync(incident)).Version, "Submit")).StatusCode);
        Assert.Equal(RequestState.Submitted, (await RequestAsync(incident)).State);

        Assert.Equal(HttpStatusCode.Forbidden, (await keeper.GetAsync($"/Requests/Approve/{id}")).StatusCode);
        var approvePage = await manager.GetStringAsync($"/Requests/Approve/{id}");
        var depotId = DepotInput().Match(approvePage).Groups[1].Value;
        var approved = await manager.PostFormAsync($"/Requests/Approve/{id}", $"/Requests/Approve/{id}", new()
        {
            ["Version"] = (await RequestAsync(incident)).Version.ToString(),
            ["Lines[0].ItemId"] = ItemInput().Match(approvePage).Groups[1].Value, ["Lines[0].Approved"] = "5",
            ["Lines[0].Sources[0].DepotId"] = depotId, ["Lines[0].Sources[0].Quantity"] = "5",
        });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(RequestState.Approved, (await RequestAsync(incident)).State);

        await using var db = factory.NewDbContext();
        var dispatch = await db.Dispatches.AsNoTracking().SingleAsync(d => d.RequestId == id);
        var token = await keeper.AntiforgeryTokenAsync($"/Dispatches/Pick/{dispatch.Id}");
        async Task<HttpResponseMessage> Pick(string code, int quantity, string clientId)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/dispatches/{dispatch.Id}/picks")
            {
                Content = JsonContent.Create(new { code, quantity, clientId }),
            };
            request.Headers.Add("RequestVerificationToken", token);
            return await keeper.SendAsync(request);
        }
        var wrong = await Pick("FH-0002", 1, "w1");
        Assert.Contains("WrongItem", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await Pick("WI-FH-0001", 3, "p1")).StatusCode);
        Assert.Contains("OverPick", await (await Pick("FH-0001", 3, "p2")).Content.ReadAsStringAsync());
        var second = await (await Pick("FH-0001", 2, "p3")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(5, second.GetProperty("picked").GetInt32());
        Assert.Equal(RequestState.Picking, (await RequestAsync(incident)).State);

        var cancel = await FireAsync(dept, id, (await RequestAsync(incident)).Version, "Cancel", "不要了");
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        Assert.Contains("不能执行", await dept.GetStringAsync($"/Requests/Details/{id}"));
        Assert.Equal(RequestState.Picking, (await RequestAsync(incident)).State);

        var slip = await keeper.PostFormAsync($"/Dispatches/Pick/{dispatch.Id}", $"/Dispatches/Send/{dispatch.Id}", SignatureSamples.Driver(new()
        {
            ["Version"] = (await RequestAsync(incident)).Version.ToString(), ["Vehicle"] = "浙A·12345", ["Driver"] = "王师傅", ["DriverPhone"] = "13900000000",
        }));
        var slipHtml = await slip.Content.ReadAsStringAsync();
        Assert.Contains("<svg", slipHtml);
        var shortCode = ShortCode().Match(slipHtml).Groups[1].Value;
        Assert.Matches("^[0-9A-Z]{5}-[0-9A-Z]{5}$", shortCode);
        Assert.Equal(RequestState.Dispatched, (await RequestAsync(incident)).State);

        Assert.Contains("签收码无效", await dept.GetStringAsync("/Deliver?code=ZZZZZ-ZZZZZ"));
        var confirmPage = await dept.GetStringAsync($"/Deliver?code={shortCode.ToLowerInvariant()}");
        Assert.Contains(dispatch.Number, confirmPage);
        var confirmed = await dept.PostFormAsync($"/Deliver?code={shortCode}", "/Deliver/Confirm", SignatureSamples.Receiver(new()
        {
            ["Code"] = shortCode, ["Note"] = "已清点", ["Lines[0].ItemId"] = dispatch.Id > 0 ? ItemInput().Match(approvePage).Groups[1].Value : "", ["Lines[0].Received"] = "5", ["Lines[0].Damaged"] = "0",
        }));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(RequestState.Delivered, (await RequestAsync(incident)).State);
        Assert.Contains("已签收", await dept.GetStringAsync($"/Deliver?code={shortCode}"));

        Assert.Equal(HttpStatusCode.Redirect, (await FireAsync(manager, id, (await RequestAsync(incident)).Version, "Close")).StatusCode);
        Assert.Equal(RequestState.Closed, (await RequestAsync(incident)).State);

        var details = await manager.GetStringAsync($"/Requests/Details/{id}");
        Assert.Contains("data-testid=\"total-time\"", details);
        Assert.Contains("结案", details);
        var report = await manager.GetStringAsync("/Reports/TransferTimes");
        Assert.Contains("青石乡", report);
    }

    [Fact]
    public async Task A_stale_form_is_refused_with_a_message_and_changes_nothing()
    {
        var dept = await factory.SignedInClientAsync("dept");
        const string incident = "测试：过期表单";
        var id = await DraftAsync(dept, incident);
        var version = (await RequestAsync(incident)).Version;
        await FireAsync(dept, id, version, "Submit");

        await FireAsync(dept, id, version, "Cancel", "重复提交");

        Assert.Contains("已被他人修改", await dept.GetStringAsync($"/Requests/Details/{id}"));
        Assert.Equal(RequestState.Submitted, (await RequestAsync(incident)).State);
    }

    [Fact]
    public async Task A_department_sees_only_its_own_requests_and_cannot_approve()
    {
        var dept = await factory.SignedInClientAsync("dept");
        var list = await dept.GetStringAsync("/Requests");
        Assert.Contains("澜江大堤管涌抢险", list);
        Assert.DoesNotContain("分中心汛前补库", list);
        Assert.Equal(HttpStatusCode.Forbidden, (await dept.GetAsync("/Requests/Approve/1")).StatusCode);
    }

    [Fact]
    public async Task The_board_puts_overdue_requests_first_and_shows_pending_ratification()
    {
        var manager = await factory.SignedInClientAsync("manager");
        var board = await manager.GetStringAsync("/Board");
        var first = Regex.Match(board, "data-overdue=\"(true|false)\"").Groups[1].Value;
        Assert.Equal("true", first);
        Assert.Contains("待补办审批", board);
        Assert.DoesNotContain("已结案", board);
    }

    [Fact]
    public async Task The_workflow_page_shows_the_graph_exported_from_the_machine_in_the_pages_language()
    {
        var chinese = WebUtility.HtmlDecode(await (await factory.SignedInClientAsync("auditor")).GetStringAsync("/Workflow"));
        var english = WebUtility.HtmlDecode(await (await factory.SignedInClientAsync("auditor", "en")).GetStringAsync("/Workflow"));

        Assert.Contains("Submitted --> Picking : 紧急先行调拨 [只有 I、II 级响应可以紧急先行调拨。]", chinese);
        Assert.Contains("state \"已提交\" as Submitted", chinese);
        Assert.Contains("Submitted --> Picking : Emergency release [Emergency release is only for level I and II emergencies.]", english);
        Assert.Contains("state \"Submitted\" as Submitted", english);
        foreach (var edge in AllocationWorkflow.Edges())
        {
            var arrow = Regex.Match(chinese, $@"\t{edge.From} --> {edge.To} : ([^\n]+)");
            Assert.True(arrow.Success, $"{edge.From} --> {edge.To}");
            Assert.Matches(@"^[^A-Za-z]*\p{IsCJKUnifiedIdeographs}", arrow.Groups[1].Value);
            Assert.DoesNotMatch("[A-Za-z]{3,}", arrow.Groups[1].Value);
        }
    }

    [Fact]
    public async Task A_manager_reissues_a_lost_slips_code_on_the_request_page_and_only_the_newest_code_signs_once()
    {
        var manager = await factory.SignedInClientAsync("manager");
        var dept = await factory.SignedInClientAsync("dept");
        var keeper = await factory.SignedInClientAsync("keeper");
        var (id, _, _) = await RequestAsync("临江堤防巡查");
        await using var db = factory.NewDbContext();
        var dispatch = await db.Dispatches.AsNoTracking().SingleAsync(d => d.RequestId == id);
        Assert.Contains($"data-testid=\"reissue-{dispatch.Id}\"", await manager.GetStringAsync($"/Requests/Details/{id}"));
        Assert.DoesNotContain("data-testid=\"reissue-", await dept.GetStringAsync($"/Requests/Details/{id}"));
        async Task<HttpResponseMessage> Reissue(HttpClient client) =>
            await client.PostFormAsync($"/Requests/Details/{id}", $"/Requests/Reissue/{id}", new() { ["dispatchId"] = dispatch.Id.ToString() });

        Assert.Equal(HttpStatusCode.Forbidden, (await Reissue(keeper)).StatusCode);
        var first = await (await Reissue(manager)).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"reissued\"", first);
        var lost = ShortCode().Match(first).Groups[1].Value;
        var fresh = ShortCode().Match(await (await Reissue(manager)).Content.ReadAsStringAsync()).Groups[1].Value;

        Assert.Contains("签收码无效", await dept.GetStringAsync($"/Deliver?code={lost}"));
        Assert.Contains(dispatch.Number, await dept.GetStringAsync($"/Deliver?code={fresh}"));
        var fields = SignatureSamples.Receiver(new Dictionary<string, string> { ["Code"] = fresh });
        Assert.Equal(HttpStatusCode.Redirect, (await dept.PostFormAsync($"/Deliver?code={fresh}", "/Deliver/Confirm", fields)).StatusCode);
        Assert.Equal(RequestState.Delivered, (await RequestAsync("临江堤防巡查")).State);
        Assert.Contains("已签收", await dept.GetStringAsync($"/Deliver?code={fresh}"));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == Warehouse.Domain.Auditing.AuditActions.DeliveryCodeReissued && a.Subject == dispatch.Number));
    }

    [GeneratedRegex("name=\"Lines\\[0\\]\\.Sources\\[0\\]\\.DepotId\" value=\"(\\d+)\"")]
    private static partial Regex DepotInput();

    [GeneratedRegex("name=\"Lines\\[0\\]\\.ItemId\" value=\"(\\d+)\"")]
    private static partial Regex ItemInput();

    [GeneratedRegex("data-testid=\"short-code\">([^<]+)<")]
    private static partial Regex ShortCode();
}
