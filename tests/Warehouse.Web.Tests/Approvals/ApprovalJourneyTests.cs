using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Approvals;

namespace Warehouse.Web.Tests.Approvals;

/// The demo's large routine request through its two approval steps over HTTP: the section chief has approved, the
/// director decides (or their deputy, on their behalf); the rules page and the delegations page refuse bad input.
public sealed partial class ApprovalJourneyTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private const string Large = "城区排涝泵站应急保障";

    private async Task<AllocationRequest> RequestAsync(string incident)
    {
        await using var db = factory.NewDbContext();
        return await db.AllocationRequests.AsNoTracking().Include(r => r.Steps).SingleAsync(r => r.Incident == incident);
    }

    /// Posts the approval page's own proposal, as a user who accepts it would.
    private static async Task<HttpResponseMessage> ApproveAsProposedAsync(HttpClient client, AllocationRequest request)
    {
        var page = await client.GetStringAsync($"/Requests/Approve/{request.Id}");
        var fields = new Dictionary<string, string>
        {
            ["Version"] = request.Version.ToString(), ["Comment"] = "同意调拨",
            ["Lines[0].ItemId"] = ItemInput().Match(page).Groups[1].Value,
        };
        var taken = 0;
        foreach (Match m in SourceDepot().Matches(page))
            fields[$"Lines[0].Sources[{m.Groups[1].Value}].DepotId"] = m.Groups[2].Value;
        foreach (Match m in SourceQuantity().Matches(page))
        {
            fields[$"Lines[0].Sources[{m.Groups[1].Value}].Quantity"] = m.Groups[2].Value;
            taken += int.Parse(m.Groups[2].Value);
        }
        fields["Lines[0].Approved"] = taken.ToString();
        return await client.PostFormAsync($"/Requests/Approve/{request.Id}", $"/Requests/Approve/{request.Id}", fields);
    }

    [Fact]
    public async Task The_directors_step_is_refused_to_the_manager_until_the_director_names_them_deputy_then_recorded_on_behalf()
    {
        var request = await RequestAsync(Large);
        Assert.Equal(RequestState.InApproval, request.State);
        Assert.Equal([(ApprovalLevel.SectionChief, StepDecision.Approved), (ApprovalLevel.Director, StepDecision.Waiting)],
            request.Steps.OrderBy(s => s.Number).Select(s => (s.Level, s.Decision)));
        var manager = await factory.SignedInClientAsync("manager");
        var director = await factory.SignedInClientAsync("director");

        Assert.DoesNotContain("data-testid=\"approve-link\"", await manager.GetStringAsync($"/Requests/Details/{request.Id}"));
        Assert.Contains("data-testid=\"approve-link\"", await director.GetStringAsync($"/Requests/Details/{request.Id}"));
        Assert.Equal(HttpStatusCode.Forbidden, (await ApproveAsProposedAsync(manager, request)).StatusCode);
        Assert.Equal(RequestState.InApproval, (await RequestAsync(Large)).State);

        var named = await director.PostFormAsync("/Delegations", "/Delegations/Name", new() { ["Deputy"] = "manager" });
        Assert.Equal(HttpStatusCode.Redirect, named.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ApproveAsProposedAsync(manager, await RequestAsync(Large))).StatusCode);

        var approved = await RequestAsync(Large);
        Assert.Equal(RequestState.Approved, approved.State);
        var last = approved.Steps.Single(s => s.Number == 2);
        Assert.Equal(("manager", "director", "同意调拨"), (last.DecidedBy, last.OnBehalfOf, last.Comment));
        Assert.Contains("代 director 审批", await manager.GetStringAsync($"/Requests/Details/{approved.Id}"));
    }

    [Fact]
    public async Task The_steps_of_a_request_read_in_both_languages()
    {
        var id = (await RequestAsync("学校防汛演练")).Id;
        var chinese = await (await factory.SignedInClientAsync("auditor")).GetStringAsync($"/Requests/Details/{id}");
        var english = await (await factory.SignedInClientAsync("auditor", "en")).GetStringAsync($"/Requests/Details/{id}");

        Assert.Contains("审批环节", chinese);
        Assert.Contains("科长 · 已同意", chinese);
        Assert.Contains("Approval steps", english);
        Assert.Contains("Section chief · Approved", english);
    }

    [Fact]
    public async Task An_approver_naming_themselves_or_for_too_long_reads_why_and_nothing_is_saved()
    {
        var director = await factory.SignedInClientAsync("director", "en");
        var today = DateOnly.FromDateTime(DateTime.Now);

        var self = await director.PostFormAsync("/Delegations", "/Delegations/Name", new() { ["Deputy"] = "director" });
        var tooLong = await director.PostFormAsync("/Delegations", "/Delegations/Name", new()
        {
            ["Deputy"] = "sectionchief", ["From"] = today.ToString("yyyy-MM-dd"), ["Until"] = today.AddDays(40).ToString("yyyy-MM-dd"),
        });

        Assert.Contains("You cannot name yourself as your deputy.", await self.Content.ReadAsStringAsync());
        Assert.Contains("last at most 30 days", await tooLong.Content.ReadAsStringAsync());
        await using var db = factory.NewDbContext();
        Assert.False(await db.Delegations.AnyAsync(d => d.DeputyUserName == "director" || d.DeputyUserName == "sectionchief"));
    }

    [Fact]
    public async Task The_rules_page_shows_the_seeded_rules_and_warns_of_a_new_rule_that_overlaps_with_other_steps()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var before = await admin.GetStringAsync("/Admin/ApprovalRules");
        Assert.Contains("data-testid=\"rule-3\"", before);
        Assert.DoesNotContain("data-testid=\"overlap\"", before);

        var saved = await admin.PostFormAsync("/Admin/ApprovalRules", "/Admin/ApprovalRules/Save", new()
        {
            ["Name"] = "夜间Ⅰ级响应", ["Levels"] = "I", ["Steps[0]"] = "DutyLeader", ["Steps[1]"] = "", ["Steps[2]"] = "",
        });
        var empty = await admin.PostFormAsync("/Admin/ApprovalRules", "/Admin/ApprovalRules/Save", new()
        {
            ["Name"] = "无环节", ["Steps[0]"] = "", ["Steps[1]"] = "", ["Steps[2]"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("规则 R3 与 R4 可能匹配同一申请而审批环节不同：以更严格的 R4 为准。", await admin.GetStringAsync("/Admin/ApprovalRules"));
        Assert.Contains("一条规则需要 1 至 5 个审批环节。", await empty.Content.ReadAsStringAsync());
        await using var db = factory.NewDbContext();
        Assert.Equal(4, await db.ApprovalRules.CountAsync());
    }

    [GeneratedRegex("name=\"Lines\\[0\\]\\.ItemId\" value=\"(\\d+)\"")]
    private static partial Regex ItemInput();

    [GeneratedRegex("name=\"Lines\\[0\\]\\.Sources\\[(\\d+)\\]\\.DepotId\" value=\"(\\d+)\"")]
    private static partial Regex SourceDepot();

    [GeneratedRegex("name=\"Lines\\[0\\]\\.Sources\\[(\\d+)\\]\\.Quantity\"\\s+value=\"(\\d+)\"")]
    private static partial Regex SourceQuantity();
}
